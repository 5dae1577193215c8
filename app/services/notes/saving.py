"""One autosave of the note editor, whatever happens: saved, kept as a draft, or in conflict.

The editor calls ``NoteSaver.save`` about a second after typing pauses and whenever it moves
on. Valid contents are written (and the draft dropped); invalid contents are kept as a draft
with the reasons; a save that meets a newer revision keeps this version as a conflict record
beside the stored one. A failing disk is reported, never swallowed.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.domain.errors import RevisionConflictError
from app.services.notes.emergency import remove_emergency, write_emergency
from app.services.notes.fields import NoteFields, validate
from app.services.notes.service import NotesService
from app.services.save_outcome import EditTarget, SaveKind, SaveOutcome


class NoteSaver:
    def __init__(self, notes: NotesService, emergency: Path | None = None) -> None:
        """``emergency``: a folder outside the database for copies of what it refused."""
        self.notes = notes
        self.emergency = emergency
        self._regions: set[str] | None = None

    def save(self, target: EditTarget, fields: NoteFields, origin: str) -> SaveOutcome:
        try:
            outcome = self._save(target, fields, origin)
        except (SQLAlchemyError, OSError) as error:
            return SaveOutcome(SaveKind.FAILED, message=self._keep_elsewhere(target, fields, error))
        if self.emergency is not None:
            remove_emergency(self.emergency, target.note_id)
        return outcome

    def _keep_elsewhere(self, target: EditTarget, fields: NoteFields, error: Exception) -> str:
        """The database refused: the text goes to a draft, or to an emergency file."""
        reason = _reason(error)
        try:
            self._draft(target, fields)
            return f"{reason} (kept as a draft)"
        except (SQLAlchemyError, OSError):
            pass
        if self.emergency is None:
            return reason
        try:
            write_emergency(self.emergency, self.notes.sessions.path, target, fields)
        except OSError:
            return reason
        return f"{reason} (a copy is kept in {self.emergency})"

    def _draft(self, target: EditTarget, fields: NoteFields) -> None:
        self.notes.save_draft(
            target.note_id,
            fields,
            record_id=target.note_id if target.base_revision is not None else None,
            practice_id=target.practice_id,
            base_revision=target.base_revision,
        )

    def _save(self, target: EditTarget, fields: NoteFields, origin: str) -> SaveOutcome:
        if self._regions is None or fields.region_id not in self._regions:
            self._regions = self.notes.region_ids()
        checked = validate(fields, self._regions)
        if checked.note is None:
            self._draft(target, fields)
            return SaveOutcome(SaveKind.DRAFT, errors=checked.errors)
        try:
            if target.base_revision is None:
                revision = self.notes.create(target.note_id, target.practice_id, checked.note)
            else:
                revision = self.notes.update(target.note_id, target.base_revision, checked.note)
        except RevisionConflictError as conflict:
            conflict_id = self.notes.keep_conflict(
                target.note_id, target.base_revision, fields, origin, target.practice_id
            )
            self.notes.discard_draft(target.note_id)
            return SaveOutcome(SaveKind.CONFLICT, conflict_id=conflict_id, message=str(conflict))
        self.notes.discard_draft(target.note_id)
        return SaveOutcome(SaveKind.SAVED, revision=revision)


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    lowered = text.lower()
    if "disk" in lowered and "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered:
        return "the database is read-only"
    if "locked" in lowered or "busy" in lowered:
        return "the database is busy in another window or program"
    return text.splitlines()[0] if text else type(error).__name__
