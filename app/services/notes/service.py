"""Writing regional test notes: create, update under a revision check, trash, restore.

Every write is one transaction. An update names the revision the editor started from; if the
note moved on meanwhile (a second window, another process, an import), nothing is written and
``RevisionConflictError`` says so; ``NoteSaver`` then keeps both versions.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.engine import Sessions
from app.domain.enums import ConflictChoice
from app.domain.errors import RevisionConflictError
from app.domain.models import Conflict, Draft, Region, TestNote, new_id
from app.domain.timestamps import utc_now
from app.services.notes.fields import (
    NoteFields,
    ValidNote,
    fields_from_json,
    fields_of,
    validate,
)
from app.services.revisions import SETTLED, keep_version, write_if_current


class NotesService:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    def region_ids(self) -> set[str]:
        with self.sessions.read() as session:
            return set(session.scalars(select(Region.id)))

    def create(self, note_id: str, practice_id: str, note: ValidNote) -> int:
        """Store a new note under the id the editor chose; returns its revision (1)."""
        with self.sessions.write() as session:
            _insert(session, note_id, practice_id, note)
        return 1

    def update(self, note_id: str, expected_revision: int, note: ValidNote) -> int:
        """Write ``note`` if the stored note is still at ``expected_revision``.

        Returns the new revision (unchanged when the contents are the same).
        """
        with self.sessions.write() as session:
            current = _current(session, note_id, expected_revision)
            if all(getattr(current, name) == value for name, value in _columns(note).items()):
                return current.revision
            _write(session, note_id, expected_revision, {**_columns(note)})
            return expected_revision + 1

    def trash(self, note_id: str) -> int:
        """Move to the trash (restorable); returns the new revision."""
        return self._set_deleted(note_id, deleted=True)

    def restore(self, note_id: str) -> int:
        return self._set_deleted(note_id, deleted=False)

    def _set_deleted(self, note_id: str, *, deleted: bool) -> int:
        with self.sessions.write() as session:
            note = session.get(TestNote, note_id)
            if note is None:
                raise RevisionConflictError(note_id, 0, None)
            if (note.deleted_at is not None) == deleted:
                return note.revision
            _write(session, note_id, note.revision, {"deleted_at": utc_now() if deleted else None})
            return note.revision + 1

    def empty_trash(self) -> int:
        """Delete trashed notes for good; returns how many."""
        with self.sessions.write() as session:
            result = session.execute(delete(TestNote).where(TestNote.deleted_at.is_not(None)))
            return int(result.rowcount)  # type: ignore[attr-defined]

    def keep_conflict(
        self,
        note_id: str,
        base_revision: int | None,
        fields: NoteFields,
        origin: str,
        practice_id: str | None = None,
    ) -> str:
        """Keep a version that met a newer one; returns the conflict record's id."""
        with self.sessions.write() as session:
            payload = {**asdict(fields), "practice_id": practice_id}
            return keep_version(session, "note", note_id, payload, base_revision, origin)

    def resolve(self, conflict_id: str, choice: ConflictChoice) -> str:
        """Settle a note conflict in one transaction; returns the id of the note to show.

        MINE writes the kept version over the stored one and keeps the stored one as a
        resolved conflict record; THEIRS keeps the stored one; BOTH adds the kept version as
        a new note. Whatever is chosen, no version is lost.
        """
        with self.sessions.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is None or conflict.entity != "note":
                raise ValueError(f"no note conflict {conflict_id}")
            conflict.resolved_at = utc_now()
            if choice is ConflictChoice.THEIRS:
                return conflict.record_id
            mine = _checked(session, fields_from_json(conflict.payload))
            stored = session.get(TestNote, conflict.record_id)
            if stored is None or choice is ConflictChoice.BOTH:
                note_id = conflict.record_id if stored is None else new_id()
                practice = _practice_of(conflict) if stored is None else stored.practice_id
                _insert(session, note_id, practice, mine)
                return note_id
            keep_version(session, "note", stored.id, asdict(fields_of(stored)), stored.revision,
                         SETTLED, settled=True)  # fmt: skip
            _write(session, stored.id, stored.revision, _columns(mine))
            return stored.id

    def resolve_conflict(self, conflict_id: str) -> None:
        with self.sessions.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is not None and conflict.resolved_at is None:
                conflict.resolved_at = utc_now()

    def save_draft(
        self,
        draft_id: str,
        fields: NoteFields,
        *,
        record_id: str | None,
        practice_id: str,
        base_revision: int | None,
    ) -> None:
        with self.sessions.write() as session:
            session.merge(
                Draft(
                    id=draft_id,
                    entity="note",
                    record_id=record_id,
                    practice_id=practice_id,
                    base_revision=base_revision,
                    payload=json.dumps(asdict(fields), ensure_ascii=False),
                    updated_at=utc_now(),
                )
            )

    def discard_draft(self, draft_id: str) -> None:
        with self.sessions.write() as session:
            session.execute(delete(Draft).where(Draft.id == draft_id))


def _practice_of(conflict: Conflict) -> str:
    practice = json.loads(conflict.payload).get("practice_id")
    if not practice:
        raise ValueError("the note was deleted for good and its practice is unknown")
    return str(practice)


def _columns(note: ValidNote) -> dict[str, object]:
    return asdict(note)


def _insert(session: Session, note_id: str, practice_id: str, note: ValidNote) -> None:
    now = utc_now()
    session.add(
        TestNote(
            id=note_id,
            practice_id=practice_id,
            created_at=now,
            updated_at=now,
            revision=1,
            **_columns(note),
        )
    )


def _checked(session: Session, fields: NoteFields) -> ValidNote:
    checked = validate(fields, set(session.scalars(select(Region.id))))
    if checked.note is None:
        raise ValueError(checked.errors[0].message)
    return checked.note


def _current(session: Session, note_id: str, expected: int) -> TestNote:
    current = session.get(TestNote, note_id)
    if current is None or current.revision != expected:
        raise RevisionConflictError(
            note_id, expected, None if current is None else current.revision
        )
    return current


def _write(session: Session, note_id: str, expected: int, values: dict[str, object]) -> None:
    write_if_current(session, TestNote, note_id, expected, values)
