"""The note being edited: what it is, whether it is saved, and what the editor says about it.

Nothing typed is lost and no "Save?" dialog is ever shown: ``Autosaver`` decides when to save;
the note is also saved at once when the person moves to another note or practice, presses
Ctrl+S, or closes the window. Invalid input is kept as a draft; a save that meets a newer
revision keeps both versions; a failing disk is shown and retried, and the text stays in the
editor.
"""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.services.notes.fields import NoteFields, fields_from_json, fields_of
from app.ui.common.autosave import Autosaver
from app.ui.common.locale_format import date_time_text, time_text
from app.ui.common.translation import fill
from app.ui.core.open_catalogue import OpenCatalogue
from app.ui.notes.editor import NoteEditor
from app.ui.notes.unsaved import emergency_folder

if TYPE_CHECKING:
    from app.services.notes.saving import NoteSaver
    from app.services.notes.views import NoteView
    from app.services.save_outcome import EditTarget, SaveOutcome

translate = QCoreApplication.translate


class NoteSession(QObject):
    saved = Signal(str)  # note id, after a write
    conflicted = Signal(str, str)  # note id, conflict id
    stateChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(
        self, editor: NoteEditor, catalogue: OpenCatalogue, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.store = catalogue.store
        self.reader = catalogue.reader
        self.target: EditTarget | None = None
        self.last_outcome: SaveOutcome | None = None
        self._saver: NoteSaver | None = None
        self.autosave = Autosaver(self._save, self)
        editor.edited.connect(self._edited)
        self._set_state("")

    @property
    def origin(self) -> str:
        """Where a version kept in a conflict came from: this computer and process."""
        import socket

        return f"{socket.gethostname()}, process {os.getpid()}"

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty

    @property
    def saver(self) -> NoteSaver:
        if self._saver is None:
            from app.services.notes.saving import NoteSaver

            self._saver = NoteSaver(self.store.notes, emergency_folder())
        return self._saver

    # -- what the pane calls -------------------------------------------------------------

    def open_note(self, note: NoteView) -> None:
        """Edit a stored note (after ``flush``), or its unsaved draft if one is waiting."""
        from app.services.save_outcome import EditTarget

        self.target = EditTarget(note.id, note.practice_id, note.revision)
        draft = next((d for d in self.reader.drafts() if d.id == note.id), None)
        if draft is not None and not self.editor.read_only:
            self._open(fields_from_json(draft.payload), dirty=True)
            self._set_state(
                fill(
                    translate("NoteSession", "Restored unsaved changes from %1"),
                    _clock(draft.updated_at),
                )
            )
            self.save_now()
            return
        self._open(fields_of(note), dirty=False)
        self._set_state(fill(translate("NoteSession", "Saved %1"), _clock(note.updated_at)))

    def open_new(self, practice_id: str, defaults: NoteFields) -> str:
        """Start a new note (not stored until something is typed); returns its id."""
        from app.services.save_outcome import EditTarget

        note_id = str(uuid.uuid4())
        self.target = EditTarget(note_id, practice_id, None)
        self._open(defaults, dirty=False)
        self._set_state(translate("NoteSession", "New note: saved automatically as you type"))
        return note_id

    def open_draft(self, note_id: str, practice_id: str, base_revision: int | None,
                   fields: NoteFields) -> None:  # fmt: skip
        from app.services.save_outcome import EditTarget

        self.target = EditTarget(note_id, practice_id, base_revision)
        self._open(fields, dirty=True)
        self.save_now()

    def close_note(self) -> None:
        self.target = None
        self.autosave.reset()
        self.editor.load(NoteFields(date_text=""))
        self.editor.setEnabled(False)
        self._set_state("")

    def flush(self) -> SaveOutcome | None:
        """Save now if anything is unsaved; returns what happened (None: nothing to save)."""
        if self.target is None or not self.dirty:
            return None
        return self.save_now()

    def save_now(self) -> SaveOutcome | None:
        result = self.autosave.save_now()
        return result  # type: ignore[return-value]

    def _save(self) -> SaveOutcome | None:
        if self.target is None:
            return None
        from app.services.save_outcome import EditTarget, SaveKind

        self._set_state(translate("NoteSession", "Saving…"))
        target, fields = self.target, self.editor.fields()
        outcome = self.saver.save(target, fields, self.origin)
        self.last_outcome = outcome
        self.editor.show_errors(outcome.errors)
        if outcome.kind is SaveKind.SAVED:
            self.target = EditTarget(target.note_id, target.practice_id, outcome.revision)
            self.autosave.saved()
            self._set_state(fill(translate("NoteSession", "Saved %1"), _clock(_now())))
            self.saved.emit(target.note_id)
        elif outcome.kind is SaveKind.DRAFT:
            self.autosave.saved()  # the draft holds it; a fix saves the note
            self._set_state(
                translate(
                    "NoteSession", "Not saved: fix the fields marked in red (kept as a draft)"
                )
            )
        elif outcome.kind is SaveKind.CONFLICT:
            self.autosave.saved()
            self._set_state(
                translate(
                    "NoteSession", "Not saved: this note changed elsewhere; both versions are kept"
                )
            )
            assert outcome.conflict_id is not None
            self.conflicted.emit(target.note_id, outcome.conflict_id)
        else:
            self._set_state(
                fill(
                    translate("NoteSession", "Not saved: %1. Your text is kept; retrying…"),
                    outcome.message,
                )
            )
            self.autosave.failed()
        return outcome

    def reload_if_clean(self) -> None:
        """Another window or program changed the database: follow it unless mid-edit."""
        if self.target is None or self.dirty or self.target.base_revision is None:
            return
        note = self.reader.note(self.target.note_id)
        if note is None or note.deleted_at is not None:
            self.close_note()
        elif note.revision != self.target.base_revision:
            self.open_note(note)
            self._set_state(
                fill(translate("NoteSession", "Updated from elsewhere at %1"), time_text(_now()))
            )

    def shutdown(self) -> None:
        """Stop the autosave timer (the window flushed first; the reader is the window's)."""
        self.autosave.stop()

    # -- internals -----------------------------------------------------------------------

    def _open(self, fields: NoteFields, *, dirty: bool) -> None:
        self.editor.setEnabled(True)
        dirty = dirty and not self.editor.read_only
        self.editor.load(fields)
        self.autosave.reset(dirty=dirty)

    def _edited(self) -> None:
        if self.target is None:
            return
        self._set_state(translate("NoteSession", "Saving…"))
        self.autosave.edited()

    def _set_state(self, text: str) -> None:
        self.editor.save_state.setText(text)
        # a screen reader says the label's name ("Save state") and then this
        self.editor.save_state.setAccessibleDescription(text)
        self.stateChanged.emit(text)


def _now() -> datetime:
    return datetime.now().astimezone()


def _clock(moment: datetime) -> str:
    """The time alone today, the date and time before today, as the language writes them."""
    local = moment.astimezone()
    if local.date() == date.today():
        return time_text(local)
    return date_time_text(local)
