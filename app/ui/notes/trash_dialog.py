"""Edit → Trash: deleted notes, restorable one by one; emptying asks first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.notes.reader import NotesReader
from app.services.store import CatalogueStore
from app.ui.common.list_dialog import ListDialog, Role


class TrashDialog(ListDialog):
    changed = Signal()

    def __init__(
        self, reader: NotesReader, store: CatalogueStore, parent: QWidget | None = None
    ) -> None:
        headers = ["Practice", "Region", "Date", "Note", "Deleted"]
        super().__init__("trash", "Trash", headers, (760, 420), parent, several=True)
        self.reader = reader
        self.store = store
        self.restore_button = self.add_button("&Restore", "trashRestore", self.restore_selected)
        self.empty_button = self.add_button(
            "&Empty Trash…", "trashEmpty", self.empty, Role.DestructiveRole
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        notes = self.reader.trashed_notes()
        for note in notes:
            deleted = f"{note.deleted_at.astimezone():%Y-%m-%d %H:%M}"
            texts = [note.practice_title, note.region_label, note.date.isoformat(),
                     note.first_line, deleted]  # fmt: skip
            self.add_row(texts, note.id)
        self.fit(4)
        self.list.clearSelection()
        plural = "s" if len(notes) != 1 else ""
        self.intro.setText(
            f"{len(notes)} deleted note{plural}. Restore brings a note back to its practice."
            if notes
            else "The trash is empty."
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
            "Empty the trash?",
            f"Delete {count} note{'s' if count != 1 else ''} for good? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.notes.empty_trash()
            self.reload()
            self.changed.emit()
