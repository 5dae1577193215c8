"""Note writes on a real database: validation, revisions, conflicts, trash, drafts."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.domain.errors import RevisionConflictError
from app.services.notes.fields import NoteFields, parse_date, validate
from app.services.notes.reader import NotesReader
from app.services.notes.saving import NoteSaver
from app.services.notes.service import NotesService
from app.services.save_outcome import EditTarget, SaveKind
from tests.factories import practice_id, region_id


@pytest.fixture
def service(sessions: Sessions) -> NotesService:
    return NotesService(sessions)


@pytest.fixture
def reader(db_path: Path) -> NotesReader:
    return NotesReader(db_path)


def fields(sessions: Sessions, **changes: str | None) -> NoteFields:
    base = NoteFields(
        region_id=region_id(sessions, "Tartu"),
        date_text="2012-03-01",
        status="completed",
        author="Seren",
        outcome="Deficits mapped",
        score_enterprises="4",
        body="# Workshop\n\nLiving Labs with *R&D* — ühendused.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012-03-01", date(2012, 3, 1)),
        ("1.3.2012", date(2012, 3, 1)),
        ("01/03/2012", date(2012, 3, 1)),
        (" 2012-03-01 ", date(2012, 3, 1)),
        ("31.02.2012", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_validation_names_each_problem_in_words(sessions: Sessions) -> None:
    bad = fields(
        sessions, region_id=None, date_text="31.02.2012", score_enterprises="7",
        score_cluster_initiatives="high",
    )  # fmt: skip
    result = validate(bad, {region_id(sessions, "Tartu")})
    assert result.note is None
    messages = {error.field: error.message for error in result.errors}
    assert messages["region_id"] == "Choose the region where the test took place."
    assert "“31.02.2012” is not a date" in messages["date_text"]
    assert "7 is out of range" in messages["score_enterprises"]
    assert "“high” is not a whole number" in messages["score_cluster_initiatives"]


def test_create_and_read_back(
    service: NotesService, reader: NotesReader, sessions: Sessions
) -> None:
    note_id = str(uuid.uuid4())
    pid = practice_id(sessions, "Help desk")
    valid = validate(fields(sessions), service.region_ids()).note
    assert valid is not None
    assert service.create(note_id, pid, valid) == 1
    note = reader.note(note_id)
    assert note is not None
    assert (note.status, note.score_enterprises, note.score_development_agencies) == (
        NoteStatus.COMPLETED, 4, None,
    )  # fmt: skip
    assert note.body == "# Workshop\n\nLiving Labs with *R&D* — ühendused."
    [summary] = reader.notes(pid)
    assert summary.first_line == "Workshop" and summary.region_label == "Tartu (EE)"


def test_update_checks_the_revision(service: NotesService, sessions: Sessions) -> None:
    note_id, pid = str(uuid.uuid4()), practice_id(sessions, "Help desk")
    regions = service.region_ids()
    service.create(note_id, pid, validate(fields(sessions), regions).note)  # type: ignore[arg-type]
    changed = validate(fields(sessions, body="second"), regions).note
    assert service.update(note_id, 1, changed) == 2  # type: ignore[arg-type]
    assert service.update(note_id, 2, changed) == 2  # type: ignore[arg-type]  # same: no write
    with pytest.raises(RevisionConflictError) as raised:
        service.update(note_id, 1, validate(fields(sessions, body="stale"), regions).note)  # type: ignore[arg-type]
    assert raised.value.found == 2


def test_saver_keeps_invalid_input_as_a_draft(
    service: NotesService, reader: NotesReader, sessions: Sessions
) -> None:
    saver = NoteSaver(service)
    target = EditTarget(str(uuid.uuid4()), practice_id(sessions, "Web site"), None)
    outcome = saver.save(target, fields(sessions, region_id=None), "test")
    assert outcome.kind is SaveKind.DRAFT and outcome.errors[0].field == "region_id"
    [draft] = reader.drafts()
    assert draft.id == target.note_id and json.loads(draft.payload)["body"].startswith("# Workshop")
    assert reader.note(target.note_id) is None
    fixed = saver.save(target, fields(sessions), "test")
    assert fixed.kind is SaveKind.SAVED and fixed.revision == 1
    assert reader.drafts() == [] and reader.note(target.note_id) is not None


def test_saver_keeps_both_versions_on_conflict(
    service: NotesService, reader: NotesReader, sessions: Sessions
) -> None:
    saver = NoteSaver(service)
    target = EditTarget(str(uuid.uuid4()), practice_id(sessions, "Web site"), None)
    saver.save(target, fields(sessions, body="original"), "window A")
    loaded = EditTarget(target.note_id, target.practice_id, 1)
    first = saver.save(loaded, fields(sessions, body="A's version"), "window A")
    second = saver.save(loaded, fields(sessions, body="B's version"), "window B")
    assert first.kind is SaveKind.SAVED and second.kind is SaveKind.CONFLICT
    stored = reader.note(target.note_id)
    assert stored is not None and stored.body == "A's version" and stored.revision == 2
    [conflict] = reader.open_conflicts(target.note_id)
    assert json.loads(conflict.payload)["body"] == "B's version"
    assert conflict.base_revision == 1 and conflict.origin == "window B"
    service.resolve_conflict(conflict.id)
    assert reader.open_conflicts() == []


def test_trash_restore_and_empty(
    service: NotesService, reader: NotesReader, sessions: Sessions
) -> None:
    saver = NoteSaver(service)
    pid = practice_id(sessions, "Web site")
    kept, binned = (EditTarget(str(uuid.uuid4()), pid, None) for _ in range(2))
    saver.save(kept, fields(sessions, body="kept"), "t")
    saver.save(binned, fields(sessions, body="binned"), "t")
    assert service.trash(binned.note_id) == 2
    assert [n.first_line for n in reader.notes(pid)] == ["kept"]
    assert [t.first_line for t in reader.trashed_notes()] == ["binned"]
    assert service.restore(binned.note_id) == 3
    assert len(reader.notes(pid)) == 2
    service.trash(binned.note_id)
    assert service.empty_trash() == 1
    assert reader.note(binned.note_id) is None and reader.note(kept.note_id) is not None


def test_failed_write_is_reported_not_raised(sessions: Sessions, db_path: Path) -> None:
    import sqlite3

    saver = NoteSaver(NotesService(sessions))
    target = EditTarget(str(uuid.uuid4()), practice_id(sessions, "Web site"), None)
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        from app.db import pragmas

        original, pragmas.BUSY_TIMEOUT_MS = pragmas.BUSY_TIMEOUT_MS, 50
        try:
            fresh = NoteSaver(NotesService(Sessions(db_path)))
            outcome = fresh.save(target, fields(sessions), "t")
        finally:
            pragmas.BUSY_TIMEOUT_MS = original
    finally:
        blocker.rollback()
        blocker.close()
    assert outcome.kind is SaveKind.FAILED
    assert "busy" in outcome.message
    assert saver.save(target, fields(sessions), "t").kind is SaveKind.SAVED


@pytest.fixture
def conflicted(service: NotesService, sessions: Sessions) -> tuple[str, str]:
    """A note stored as "theirs" at revision 2, and "mine" kept as a conflict."""
    saver = NoteSaver(service)
    target = EditTarget(str(uuid.uuid4()), practice_id(sessions, "Web site"), None)
    saver.save(target, fields(sessions, body="original"), "t")
    loaded = EditTarget(target.note_id, target.practice_id, 1)
    saver.save(loaded, fields(sessions, body="theirs"), "other window")
    outcome = saver.save(loaded, fields(sessions, body="mine"), "this window")
    assert outcome.conflict_id is not None
    return target.note_id, outcome.conflict_id


def bodies(reader: NotesReader, sessions: Sessions) -> list[str]:
    return sorted(n.first_line for n in reader.notes(practice_id(sessions, "Web site")))


def test_resolve_keep_mine_keeps_theirs_on_record(
    service: NotesService, reader: NotesReader, sessions: Sessions, conflicted: tuple[str, str]
) -> None:
    note_id, conflict_id = conflicted
    from app.domain.enums import ConflictChoice

    assert service.resolve(conflict_id, ConflictChoice.MINE) == note_id
    assert bodies(reader, sessions) == ["mine"]
    assert reader.open_conflicts() == []
    with sessions.read() as session:
        from sqlalchemy import select

        from app.domain.models import Conflict

        payloads = [json.loads(c.payload)["body"] for c in session.scalars(select(Conflict))]
    assert sorted(payloads) == ["mine", "theirs"]  # nothing lost


def test_resolve_keep_theirs(
    service: NotesService, reader: NotesReader, sessions: Sessions, conflicted: tuple[str, str]
) -> None:
    from app.domain.enums import ConflictChoice

    note_id, conflict_id = conflicted
    assert service.resolve(conflict_id, ConflictChoice.THEIRS) == note_id
    assert bodies(reader, sessions) == ["theirs"]
    assert reader.open_conflicts() == []


def test_resolve_keep_both(
    service: NotesService, reader: NotesReader, sessions: Sessions, conflicted: tuple[str, str]
) -> None:
    from app.domain.enums import ConflictChoice

    note_id, conflict_id = conflicted
    shown = service.resolve(conflict_id, ConflictChoice.BOTH)
    assert shown != note_id
    assert bodies(reader, sessions) == ["mine", "theirs"]
