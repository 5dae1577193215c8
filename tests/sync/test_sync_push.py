"""How a push sends its batches (one statement per batch, the rows as JSON) and what the
pull after it leaves out (the rows the push itself wrote): texts arrive exactly, and a row
changed on the server between the push and the pull is still pulled."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from app.db.engine import Sessions
from app.services.notes.reader import NotesReader
from app.services.notes.service import NotesService
from app.services.sync import push
from app.services.sync.engine import sync
from app.services.sync.summary import SyncCancelled
from tests.exchange_helpers import exported, new_laptop
from tests.factories import add_note
from tests.sync.conftest import Server, person
from tests.test_merge import edit

AWKWARD = 'O\'Brien "quoted" \\ back\\slash\nsecond line\ttab {} [] , NULL é ü 😀 \u2028'


def _server_rows(server: Server) -> int:
    with psycopg.connect(server.admin) as connection:
        row = connection.execute(
            "SELECT (SELECT count(*) FROM categories) + (SELECT count(*) FROM regions)"
            " + (SELECT count(*) FROM practices) + (SELECT count(*) FROM notes)"
            " + (SELECT count(*) FROM conflicts)"
        ).fetchone()
    assert row is not None
    return int(row[0])


def _open_conflicts(path: Path, note: str) -> int:
    reader = NotesReader(path)
    try:
        return len(reader.open_conflicts(note))
    finally:
        reader.close()


def test_awkward_texts_travel_exactly(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(a)
    note = add_note(sessions, "Help desk", "Tartu", body=AWKWARD, author='"x" \\ y')
    empty = add_note(sessions, "Web site", "Tartu", body="", outcome="")
    NotesService(sessions).trash(empty)
    sync(a, url, password=password)
    with psycopg.connect(catalogue_server.admin) as connection:
        row = connection.execute("SELECT body, author FROM notes WHERE id = %s", (note,))
        assert row.fetchone() == (AWKWARD, '"x" \\ y')
    edit(sessions, note, body=AWKWARD + " edited", score_enterprises="")  # an update
    sync(a, password=password)
    sync(b, url, password=password)
    assert exported(a) == exported(b)
    sessions.dispose()


def test_a_first_sync_does_not_pull_back_what_it_pushed(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a = new_laptop(template, tmp_path, "a")
    sessions = Sessions(a)
    for number in range(3):
        add_note(sessions, "Help desk", "Tartu", body=f"note {number}")
    seeded = _server_rows(catalogue_server)  # what `server init` wrote: pulled, unchanged
    first = sync(a, url, password=password)
    assert first.sent.new == 3
    assert (first.received.new, first.received.unchanged) == (0, seeded)
    again = sync(a, password=password)
    assert again.sent == again.received == type(again.sent)()
    sessions.dispose()


def test_a_change_on_the_server_between_push_and_pull_is_pulled(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sa, sb = Sessions(a), Sessions(b)
    note = add_note(sa, "Help desk", "Tartu", body="first")
    sync(a, url, password=password)
    sync(b, url, password=password)
    edit(sa, note, body="edited on a")
    edit(sb, note, body="edited on b")
    between: list[int] = []

    def after_each_batch(done: int, total: int) -> bool:
        if total and done == total and not between:  # a's push committed, its pull not begun
            between.append(sync(b, url, password=password).sent.conflicts)
        return True

    sync(a, password=password, progress=after_each_batch)
    assert between == [1]  # b met a's pushed edit on the server: a conflict there
    assert _open_conflicts(a, note) == 1  # ... which a's pull brought back
    sync(b, password=password)
    assert exported(a) == exported(b)
    for sessions in (sa, sb):
        sessions.dispose()


def test_a_cancelled_push_stops_its_reading_thread_and_keeps_what_went(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(a)
    for number in range(7):
        add_note(sessions, "Help desk", "Tartu", body=f"note {number}")
    pushed: list[int] = []

    def cancel_after_two_batches(done: int, total: int) -> bool:
        pushed.append(done)
        return len(pushed) < 2  # the reader is then a batch or two ahead

    with pytest.raises(SyncCancelled):
        sync(a, url, password=password, progress=cancel_after_two_batches, batch=3)
    assert not [t for t in threading.enumerate() if t.name == "sync-read"]
    sync(a, url, password=password, batch=3)
    with psycopg.connect(catalogue_server.admin) as connection:
        assert connection.execute("SELECT count(*) FROM notes").fetchone() == (7,)
    sync(b, url, password=password)
    assert exported(a) == exported(b)
    sessions.dispose()


def test_a_batch_too_large_for_one_statement_goes_in_parts(
    catalogue_server: Server, template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(push, "JSON_AT_MOST", 400)  # a note or two per statement
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(a)
    notes = [add_note(sessions, "Help desk", "Tartu", body=f"{n} " * 40) for n in range(5)]
    assert sync(a, url, password=password).sent.new == 5
    for note in notes[:3]:
        edit(sessions, note, body="changed " * 30)
    assert sync(a, password=password).sent.updated == 3  # updates in parts: every row counted
    sync(b, url, password=password)
    assert exported(a) == exported(b)
    sessions.dispose()
