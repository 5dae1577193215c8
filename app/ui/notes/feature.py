"""The notes room: the notes pane and its actions (new, save, delete), the trash, conflicts
and the unsaved drafts offered back after a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.ui.common.translation import fill
from app.ui.core.actions import ActionName
from app.ui.notes.pane import NotesPane

if TYPE_CHECKING:
    from app.ui.core.feature import Shell

translate = QCoreApplication.translate
WRITING_ACTIONS = (
    ActionName.CONFLICTS,
    ActionName.NEW_NOTE,
    ActionName.SAVE_NOTE,
    ActionName.DELETE_NOTE,
    ActionName.TRASH,
    ActionName.UNSAVED_NOTES,
)


class NotesFeature(QObject):
    notesChanged = Signal(str)  # noqa: N815 - practice id: a note of it was written
    changedElsewhere = Signal()  # noqa: N815 - the trash or a draft changed the notes
    practiceWanted = Signal(str)  # noqa: N815 - show this practice (a draft, a conflict)
    practiceConflictOpened = Signal(str)  # noqa: N815 - a practice's conflict: edit it

    def __init__(self, shell: Shell, settings: QSettings, undo: QUndoStack) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        self.reader = shell.open_catalogue.reader
        self.pane = NotesPane(shell.open_catalogue, settings, undo, shell.dialog_parent)

    def install(self, shell: Shell) -> None:
        actions, pane = shell.registry, self.pane
        actions[ActionName.NEW_NOTE].triggered.connect(pane.new_note)
        actions[ActionName.SAVE_NOTE].triggered.connect(pane.save_now)
        actions[ActionName.DELETE_NOTE].triggered.connect(pane.delete_note)
        actions[ActionName.TRASH].triggered.connect(self.show_trash)
        actions[ActionName.CONFLICTS].triggered.connect(self.show_conflicts)
        actions[ActionName.UNSAVED_NOTES].triggered.connect(lambda: self.offer_drafts(True))
        pane.context_actions = [actions[ActionName.NEW_NOTE], None, actions[ActionName.DELETE_NOTE]]
        pane.list.addAction(actions[ActionName.DELETE_NOTE])
        pane.notesChanged.connect(self.notesChanged)
        pane.message.connect(lambda text: shell.show_message(text, 6000))

    @property
    def widget(self) -> QWidget:
        return self.pane

    # -- what the shell asks -------------------------------------------------------------

    def set_practice(self, practice_id: str | None) -> None:
        self.pane.set_practice(practice_id)

    def flush(self) -> bool:
        return self.pane.flush()

    def open_note(self, note_id: str) -> None:
        self.pane.show_region(None)
        self.pane.open_note(note_id)
        self.pane.reload_notes(keep=note_id)

    def show_region(self, region_id: str | None) -> None:
        self.pane.show_region(region_id)

    def set_read_only(self) -> None:
        for name in WRITING_ACTIONS:
            action = self._shell.registry[name]
            action.setEnabled(False)
            action.setToolTip(translate("NotesFeature", "The database is read-only"))
        self.pane.set_read_only(True)

    def changed_elsewhere(self) -> None:
        self.pane.changed_elsewhere()

    def reload(self) -> None:
        """The whole file changed (a restore, an import): read the notes again."""
        self.pane.close_note()
        self.pane.refresh_regions()
        self.pane.reload_notes()

    def confirm_close(self) -> bool:
        """The last typing could not be saved: ask before closing and losing it."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self._shell.dialog_parent,
            translate("NotesFeature", "The last changes could not be saved"),
            fill(
                translate(
                    "NotesFeature",
                    "Your latest typing could not be saved (%1). It is still in the editor."
                    "\n\nClose anyway and lose it?",
                ),
                self.pane.failure_reason(),
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def shutdown(self) -> None:
        self.pane.shutdown()

    # -- dialogs -------------------------------------------------------------------------

    def show_trash(self) -> None:
        from app.ui.notes.trash_dialog import TrashDialog

        self.pane.flush()
        dialog = TrashDialog(self.reader, self._shell.open_catalogue.store, self.pane)
        dialog.changed.connect(self.changedElsewhere)
        dialog.open()

    def show_conflicts(self) -> None:
        from app.ui.notes.conflicts_dialog import ConflictsDialog

        self.pane.flush()
        dialog = ConflictsDialog(self.reader, self.pane)
        dialog.openRequested.connect(self._open_conflict)
        dialog.open()

    def _open_conflict(self, entity: str, record_id: str) -> None:
        if entity == "practice":
            self.practiceConflictOpened.emit(record_id)
            return
        note = self.reader.note(record_id)
        if note is not None:
            self.practiceWanted.emit(note.practice_id)
            self.open_note(record_id)

    def offer_drafts(self, always: bool = False) -> None:
        """Drafts left by a crash (in the database or as emergency files) are offered back."""
        from app.ui.notes.unsaved import emergency_folder

        catalogue = self._shell.open_catalogue
        folder = emergency_folder()
        if not catalogue.read_only and folder.is_dir() and any(folder.glob("*.json")):
            from app.services.notes.emergency import absorb_emergency

            absorb_emergency(folder, catalogue.path, catalogue.notes)
        if not self.reader.drafts():
            if always:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self.pane,
                    translate("NotesFeature", "Unsaved notes"),
                    translate("NotesFeature", "There are no unsaved notes."),
                )
            return
        from app.ui.notes.drafts_dialog import DraftsDialog

        dialog = DraftsDialog(self.reader, catalogue.store, self.pane)
        dialog.openRequested.connect(self.open_draft)
        dialog.open()

    def open_draft(self, draft_id: str) -> None:
        from app.services.notes.fields import fields_from_json

        draft = next((d for d in self.reader.drafts() if d.id == draft_id), None)
        if draft is None or draft.practice_id is None:
            return
        self.practiceWanted.emit(draft.practice_id)
        if draft.record_id is not None and self.reader.note(draft.record_id) is not None:
            self.pane.open_note(draft.record_id)
        else:
            self.pane.open_draft(draft.id, draft.practice_id, fields_from_json(draft.payload))
