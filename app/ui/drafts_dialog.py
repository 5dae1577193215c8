"""Unsaved notes found on start (a crash, a power cut): offered back, never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue_reader import NotesReader, first_line
from app.services.note_fields import fields_from_json
from app.ui.backend import Backend


class DraftsDialog(QDialog):
    openRequested = Signal(str)  # noqa: N815 - Qt signal naming  (draft id)

    def __init__(
        self, reader: NotesReader, backend: Backend, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle("Unsaved notes")
        self.resize(700, 360)
        self.reader = reader
        self.backend = backend
        intro = QLabel(
            "These notes were being written when the application last stopped, and were not "
            "saved. Open one to finish it (it is saved as soon as it is valid), or discard it."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("draftsList")
        self.list.setHeaderLabels(["Practice", "Note", "Last typed"])
        self.list.setRootIsDecorated(False)
        self.open_button = QPushButton("&Open")
        self.open_button.setObjectName("draftOpen")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.discard_button = QPushButton("&Discard…")
        self.discard_button.setObjectName("draftDiscard")
        self.discard_button.clicked.connect(self._discard)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton("&Later", QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip("Keep the drafts; File → Unsaved Notes shows them again")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> int:
        self.list.clear()
        titles = {}
        for draft in self.reader.drafts():
            if draft.practice_id and draft.practice_id not in titles:
                detail = self.reader.practice_detail(draft.practice_id)
                titles[draft.practice_id] = detail.title if detail else "(practice gone)"
            fields = fields_from_json(draft.payload)
            item = QTreeWidgetItem(
                [
                    titles.get(draft.practice_id or "", ""),
                    first_line(fields.body) or fields.outcome or "(no text yet)",
                    f"{draft.updated_at.astimezone():%Y-%m-%d %H:%M}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, draft.id)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]
        return self.list.topLevelItemCount()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        draft_id = self._selected()
        if draft_id:
            self.accept()
            self.openRequested.emit(draft_id)

    def _discard(self) -> None:
        draft_id = self._selected()
        if not draft_id:
            return
        answer = QMessageBox.question(
            self,
            "Discard this unsaved note?",
            "The text of this draft will be gone for good.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.backend.notes.discard_draft(draft_id)
            if not self.reload():
                self.accept()
