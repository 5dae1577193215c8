"""The laptop's change table: a sync after the first reads only the records that changed,
and none is lost (an edit during a sync, a sync cut short, a laptop that synced before the
table existed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.db.connect import connect
from app.db.engine import Sessions
from app.services.sync import dirty, laptop
from app.services.sync.engine import sync, unsynced_count
from app.services.sync.push import Pusher
from app.services.sync.summary import SyncCancelled
from tests.exchange_helpers import new_laptop
from tests.factories import add_note
from tests.sync.conftest import Server, person
from tests.sync.test_sync_order import SEEDED
from tests.test_merge import edit


def _query(path: Path, sql: str, *args: Any) -> list[Any]:
    connection = connect(path)
    try:
        rows = connection.execute(sql, args).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def _dirty_notes(path: Path) -> set[str]:
    return {row[0] for row in _query(path, "SELECT id FROM sync_dirty WHERE kind = 'notes'")}


def _server_body(server: Server, note: str) -> str:
    with psycopg.connect(server.admin) as connection:
        row = connection.execute("SELECT body FROM notes WHERE id = %s", (note,)).fetchone()
    assert row is not None
    return str(row[0])


def test_a_change_after_a_sync_is_found_in_the_change_table_alone(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    path = new_laptop(template, tmp_path, "a")
    sessions = Sessions(path)
    other = add_note(sessions, "Help desk", "Tartu", body="left alone")
    note = add_note(sessions, "Help desk", "Tartu", body="first")
    sync(path, url, password=password)
    assert _dirty_notes(path) == set()
    # A full scan would push this one again; the change table does not know it changed.
    _query(path, "UPDATE sync_synced SET mark = 'stale' WHERE id = ?", other)
    edit(sessions, note, body="changed after the sync")
    assert _dirty_notes(path) == {note}  # the trigger noted it
    assert unsynced_count(path) == 1
    summary = sync(path, password=password)
    assert (summary.sent.updated, summary.sent.unchanged) == (1, 0)
    assert _server_body(catalogue_server, note) == "changed after the sync"
    assert _dirty_notes(path) == set() and unsynced_count(path) == 0
    sessions.dispose()


def test_an_edit_between_reading_and_noting_is_pushed_next_time(
    catalogue_server: Server, template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, password = person(catalogue_server, "carl")
    path = new_laptop(template, tmp_path, "a")
    sessions = Sessions(path)
    note = add_note(sessions, "Help desk", "Tartu", body="first")
    sync(path, url, password=password)
    edit(sessions, note, body="second")
    push = Pusher.push

    def edited_meanwhile(self: Pusher, kind: str, batch: list[Any]) -> Any:
        if kind == "notes":  # read already: this edit lands before the batch is noted
            edit(sessions, note, body="third, typed during the sync")
        return push(self, kind, batch)

    monkeypatch.setattr(Pusher, "push", edited_meanwhile)
    sync(path, password=password)
    monkeypatch.setattr(Pusher, "push", push)
    assert _server_body(catalogue_server, note) == "second"
    assert _dirty_notes(path) == {note} and unsynced_count(path) == 1
    summary = sync(path, password=password)
    assert summary.sent.updated == 1
    assert _server_body(catalogue_server, note) == "third, typed during the sync"
    assert unsynced_count(path) == 0
    sessions.dispose()


def test_a_first_sync_cut_short_pushes_the_rest_next_time(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    path = new_laptop(template, tmp_path, "a")
    sessions = Sessions(path)
    notes = {add_note(sessions, "Help desk", "Tartu", body=f"note {n}") for n in range(3)}

    def cut_short(done: int, total: int) -> bool:
        return done <= SEEDED  # cancelled once the first note is pushed and noted

    with pytest.raises(SyncCancelled):
        sync(path, url, password=password, progress=cut_short, batch=1)
    # One note is noted as the server's; the others were made before the triggers existed.
    sync(path, url, password=password)
    with psycopg.connect(catalogue_server.admin) as connection:
        pushed = {row[0] for row in connection.execute("SELECT id::text FROM notes")}
    assert pushed == notes
    sessions.dispose()


def test_a_laptop_synced_before_the_change_table_gets_its_changes_pushed(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    path = new_laptop(template, tmp_path, "a")
    sessions = Sessions(path)
    note = add_note(sessions, "Help desk", "Tartu", body="first")
    sync(path, url, password=password)
    # As the previous version left it: no change table, no triggers.
    for name in dirty.TRIGGERS:
        _query(path, f"DROP TRIGGER {name}")
    _query(path, "DROP TABLE sync_dirty")
    _query(path, "DELETE FROM meta WHERE key = ?", dirty.COMPLETE_KEY)
    edit(sessions, note, body="changed with the old version")
    assert unsynced_count(path) == 1  # counted by a full scan meanwhile
    connection = connect(path)
    laptop.prepare(connection)  # as the next sync starts: seeded by one full scan
    assert dirty.is_complete(connection)
    connection.close()
    assert _dirty_notes(path) == {note}
    summary = sync(path, password=password)
    assert summary.sent.updated == 1
    assert _server_body(catalogue_server, note) == "changed with the old version"
    assert _dirty_notes(path) == set() and unsynced_count(path) == 0
    sessions.dispose()


def _change_schema(path: Path, change: str) -> None:
    from app.db.search_index import NOTE_TRIGGERS, index_triggers_oldest, triggers_suspended

    other = connect(path)
    other.execute("BEGIN IMMEDIATE")
    if change == "bulk write":  # as a sync's pull or an import does
        with triggers_suspended(other, NOTE_TRIGGERS):
            pass
    else:  # a migration that made the index triggers again (and the next sync's start)
        for name, sql in other.execute(
            "SELECT name, sql FROM sqlite_master WHERE name IN (?, ?, ?)", NOTE_TRIGGERS
        ).fetchall():
            other.execute(f"DROP TRIGGER {name}")
            other.execute(sql)
        if change == "migration":
            index_triggers_oldest(other)  # as app.db.migrate.upgrade does after migrating
        else:
            dirty.install(other)  # the next sync's start puts the order right too
    other.execute("COMMIT")
    other.close()


def _save_on_a_stale_connection(path: Path, change: str) -> None:
    """The schema changed (``change``), a window's connection reads it, another connection
    changes the schema again, then a note is saved on the window's connection: the SQLite
    fault behind "no such table: test_notes" must not be met."""
    _change_schema(path, change)
    window = connect(path)  # a window opened now loads the schema as it stands
    practice, region = window.execute(
        "SELECT p.id, r.id FROM practices p, regions r LIMIT 1"
    ).fetchone()
    window.commit()
    _change_schema(path, "bulk write")
    window.execute("BEGIN IMMEDIATE")
    window.execute(
        "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
        " body, created_at, updated_at, revision) VALUES ('n1', ?, ?, '', '2026-11-28',"
        " 'planned', '', 'saved', '2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z', 1)",
        (practice, region),
    )
    window.execute("COMMIT")
    window.close()
    assert _dirty_notes(path) >= {"n1"}


@pytest.mark.parametrize("change", ["bulk write", "migration", "a sync after a migration"])
def test_a_note_saves_after_another_connection_changed_the_schema(
    template: Path, tmp_path: Path, change: str
) -> None:
    path = new_laptop(template, tmp_path, "a")
    connection = connect(path)
    laptop.prepare(connection)  # the change table and its triggers, as the first sync makes
    connection.close()
    _save_on_a_stale_connection(path, change)
