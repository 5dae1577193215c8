"""Unsaved notes found on start (a crash, a power cut): offered back, never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.catalogue_reader import first_line
from app.services.notes.fields import fields_from_json
from app.services.notes.reader import NotesReader
from app.services.store import CatalogueStore
from app.ui.common.list_dialog import ListDialog, Role
from app.ui.common.locale_format import date_time_text

translate = QCoreApplication.translate


class DraftsDialog(ListDialog):
    openRequested = Signal(str)  # noqa: N815 - Qt signal naming  (draft id)

    def __init__(
        self, reader: NotesReader, store: CatalogueStore, parent: QWidget | None = None
    ) -> None:
        headers = [
            translate("DraftsDialog", "Practice"),
            translate("DraftsDialog", "Note"),
            translate("DraftsDialog", "Last typed"),
        ]
        title = translate("DraftsDialog", "Unsaved notes")
        super().__init__("drafts", title, headers, (700, 360), parent)
        self.reader = reader
        self.store = store
        self.intro.setText(
            translate(
                "DraftsDialog",
                "These notes were being written when the application last stopped, and were not"
                " saved. Open one to finish it (it is saved as soon as it is valid), or discard"
                " it.",
            )
        )
        self.list.setAccessibleName(translate("DraftsDialog", "Unsaved notes"))
        self.list.setAccessibleDescription(
            translate("DraftsDialog", "Enter opens the chosen note to finish it")
        )
        self.open_button = self.add_button(
            translate("DraftsDialog", "&Open"), "draftOpen", self._open, Role.AcceptRole
        )
        self.open_button.setDefault(True)
        self.discard_button = self.add_button(
            translate("DraftsDialog", "&Discard…"),
            "draftDiscard",
            self._discard,
            Role.DestructiveRole,
        )
        later = self.buttons.button(self.buttons.StandardButton.Close)
        later.setText(translate("DraftsDialog", "&Later"))
        later.setToolTip(
            translate("DraftsDialog", "Keep the drafts; File → Unsaved Notes shows them again")
        )
        later.setAccessibleDescription(later.toolTip())
        self.list.itemActivated.connect(lambda *_: self._open())
        self.reload()

    def reload(self) -> int:
        self.list.clear()
        titles: dict[str, str] = {}
        for draft in self.reader.drafts():
            if draft.practice_id and draft.practice_id not in titles:
                detail = self.reader.practice_detail(draft.practice_id)
                titles[draft.practice_id] = (
                    detail.title if detail else translate("DraftsDialog", "(practice gone)")
                )
            fields = fields_from_json(draft.payload)
            text = first_line(fields.body) or fields.outcome
            text = text or translate("DraftsDialog", "(no text yet)")
            when = date_time_text(draft.updated_at)
            self.add_row([titles.get(draft.practice_id or "", ""), text, when], draft.id)
        self.fit(1)
        return self.list.topLevelItemCount()

    def _open(self) -> None:
        draft_id = self.current_data()
        if draft_id:
            self.accept()
            self.openRequested.emit(draft_id)

    def _discard(self) -> None:
        draft_id = self.current_data()
        if not draft_id:
            return
        answer = QMessageBox.question(
            self,
            translate("DraftsDialog", "Discard this unsaved note?"),
            translate("DraftsDialog", "The text of this draft will be gone for good."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.store.notes.discard_draft(draft_id)
            if not self.reload():
                self.accept()
