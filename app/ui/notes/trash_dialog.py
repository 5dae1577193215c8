"""Edit → Trash: deleted notes, restorable one by one; emptying asks first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.notes.reader import NotesReader
from app.services.store import CatalogueStore
from app.ui.common.list_dialog import ListDialog, Role
from app.ui.common.locale_format import date_text, date_time_text

translate = QCoreApplication.translate


class TrashDialog(ListDialog):
    changed = Signal()

    def __init__(
        self, reader: NotesReader, store: CatalogueStore, parent: QWidget | None = None
    ) -> None:
        headers = [
            translate("TrashDialog", "Practice"),
            translate("TrashDialog", "Region"),
            translate("TrashDialog", "Date"),
            translate("TrashDialog", "Note"),
            translate("TrashDialog", "Deleted"),
        ]
        title = translate("TrashDialog", "Trash")
        super().__init__("trash", title, headers, (760, 420), parent, several=True)
        self.reader = reader
        self.store = store
        self.list.setAccessibleName(translate("TrashDialog", "Deleted notes"))
        self.list.setAccessibleDescription(
            translate("TrashDialog", "Select one or more notes, then Restore brings them back")
        )
        self.restore_button = self.add_button(
            translate("TrashDialog", "&Restore"), "trashRestore", self.restore_selected
        )
        self.empty_button = self.add_button(
            translate("TrashDialog", "&Empty Trash…"),
            "trashEmpty",
            self.empty,
            Role.DestructiveRole,
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        notes = self.reader.trashed_notes()
        for note in notes:
            deleted = date_time_text(note.deleted_at)
            texts = [note.practice_title, note.region_label, date_text(note.date),
                     note.first_line, deleted]  # fmt: skip
            self.add_row(texts, note.id)
        self.fit(4)
        self.list.clearSelection()
        self.intro.setText(
            translate(
                "TrashDialog",
                "%n deleted note(s). Restore brings a note back to its practice.",
                None,
                len(notes),
            )
            if notes
            else translate("TrashDialog", "The trash is empty.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.topLevelItemCount() > 0)

    def restore_selected(self) -> None:
        for note_id in self.selected_data():
            self.store.notes.restore(note_id)
        self.reload()
        self.changed.emit()

    def empty(self) -> None:
        count = self.list.topLevelItemCount()
        answer = QMessageBox.question(
            self,
            translate("TrashDialog", "Empty the trash?"),
            translate(
                "TrashDialog", "Delete %n note(s) for good? This cannot be undone.", None, count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.notes.empty_trash()
            self.reload()
            self.changed.emit()
