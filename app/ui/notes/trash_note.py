"""Edit → Delete Note as an undoable step: the note goes to the trash; Ctrl+Z brings it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.ui.notes.pane import NotesPane

translate = QCoreApplication.translate


class TrashNote(QUndoCommand):
    """Deleting a note moves it to the trash; undo restores it."""

    def __init__(self, pane: NotesPane, note_id: str) -> None:
        # the undo stack shows it as "Undo Delete Note" in the Edit menu
        super().__init__(translate("TrashNote", "Delete Note"))
        self.pane = pane
        self.note_id = note_id

    def redo(self) -> None:
        self.pane.store.notes.trash(self.note_id)
        self.pane.reload_notes()
        if self.pane.current_note_id() == self.note_id:
            self.pane.close_editor()
        self.pane.message.emit(
            translate("TrashNote", "Note moved to the trash. Ctrl+Z brings it back.")
        )
        if self.pane.practice_id:
            self.pane.notesChanged.emit(self.pane.practice_id)

    def undo(self) -> None:
        self.pane.store.notes.restore(self.note_id)
        self.pane.reload_notes(keep=self.note_id)
        if self.pane.model.row_of(self.note_id) >= 0:
            self.pane.open_note(self.note_id)
        self.pane.message.emit(translate("TrashNote", "Note restored from the trash."))
        if self.pane.practice_id:
            self.pane.notesChanged.emit(self.pane.practice_id)
