"""Syncing laptops (real SQLite files) with a real PostgreSQL server: what travels, what is
kept in a conflict, what the server refuses, and a server restored from a backup."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from app.db.engine import Sessions
from app.services.notes.reader import NotesReader
from app.services.notes.service import NotesService
from app.services.sync.engine import sync
from tests.exchange_helpers import exported, new_laptop
from tests.factories import add_note
from tests.sync.conftest import Server, person


def _laptop(template: Path, tmp_path: Path, name: str) -> tuple[Path, Sessions]:
    path = new_laptop(template, tmp_path, name)
    return path, Sessions(path)


def _server_count(server: Server, table: str) -> int:
    with psycopg.connect(server.admin) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]


def test_notes_travel_and_a_second_sync_changes_nothing(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, sa = _laptop(template, tmp_path, "a")
    b, sb = _laptop(template, tmp_path, "b")
    note = add_note(sa, "Help desk", "Tartu", body="tested at the fair")
    first = sync(a, url, password=password)
    assert (first.sent.new, first.sent.conflicts, first.received.new) == (1, 0, 0)
    fetched = sync(b, url, password=password)
    assert fetched.received.new == 1
    assert exported(a) == exported(b)
    again = sync(b, password=password)  # the address is remembered
    assert again.sent == again.received == type(again.sent)()  # nothing at all
    NotesService(sb).trash(note)  # trash travels
    sync(b, password=password)
    sync(a, password=password)
    assert exported(a) == exported(b)
    reader = NotesReader(a)
    assert reader.note(note).deleted_at is not None  # type: ignore[union-attr]
    reader.close()
    for sessions in (sa, sb):
        sessions.dispose()


def test_a_conflict_keeps_both_versions_on_laptops_and_server(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    from tests.test_merge import edit

    url, password = person(catalogue_server, "carl")
    a, sa = _laptop(template, tmp_path, "a")
    b, sb = _laptop(template, tmp_path, "b")
    note = add_note(sa, "Help desk", "Tartu", body="first")
    sync(a, url, password=password)
    sync(b, url, password=password)
    edit(sa, note, body="edited on a")
    edit(sb, note, body="edited on b")
    sync(a, password=password)
    pushed = sync(b, password=password)
    assert pushed.sent.conflicts == 1
    sync(a, password=password)
    assert exported(a) == exported(b)
    for path in (a, b):
        reader = NotesReader(path)
        copies = [json.loads(c.payload) for c in reader.open_conflicts()]
        shown = reader.note(note).body  # type: ignore[union-attr]
        reader.close()
        assert len(copies) == 1
        assert {shown, copies[0]["body"]} == {"edited on a", "edited on b"}
    assert _server_count(catalogue_server, "conflicts") == 1
    quiet = sync(a, password=password)
    assert quiet.sent.new == quiet.received.new == quiet.received.updated == 0
    for sessions in (sa, sb):
        sessions.dispose()


def test_a_note_of_another_region_is_refused_and_kept(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "tiina")
    a, sa = _laptop(template, tmp_path, "a")
    mine = add_note(sa, "Help desk", "Tartu", body="ours")
    theirs = add_note(sa, "Help desk", "Namur", body="not ours")
    summary = sync(a, url, password=password)
    assert [(r.kind, r.record_id) for r in summary.refused] == [("notes", theirs)]
    assert "own region" in summary.refused[0].reason
    assert summary.sent.new == 1 and summary.sent.refused == 1
    with psycopg.connect(catalogue_server.admin) as connection:
        ids = {row[0] for row in connection.execute("SELECT id::text FROM notes")}
    assert ids == {mine}
    reader = NotesReader(a)
    assert reader.note(theirs) is not None  # still on the laptop
    reader.close()
    again = sync(a, password=password)  # offered again, refused again, nothing else moves
    assert [r.record_id for r in again.refused] == [theirs] and again.sent.new == 0
    sa.dispose()


def test_a_server_restored_from_a_backup_gets_everything_again(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, sa = _laptop(template, tmp_path, "a")
    add_note(sa, "Help desk", "Tartu", body="before the backup")
    sync(a, url, password=password)
    dump = tmp_path / "catalogue.dump"
    bindir = catalogue_server.cluster.bindir
    admin = catalogue_server.admin
    subprocess.run([str(bindir / "pg_dump"), "-Fc", "-f", str(dump), admin], check=True)
    late = add_note(sa, "Help desk", "Tartu", body="after the backup")
    sync(a, password=password)
    # The server is lost and restored from the backup: the late note is gone there.
    cluster, name = catalogue_server.cluster, catalogue_server.database
    with psycopg.connect(cluster.admin_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(
        [str(bindir / "pg_restore"), "--no-owner", "-d", admin, str(dump)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert _server_count(catalogue_server, "notes") == 1
    summary = sync(a, password=password)
    assert summary.full and summary.sent.new == 1
    with psycopg.connect(admin) as connection:
        assert connection.execute("SELECT 1 FROM notes WHERE id = %s", (late,)).fetchone()
    sa.dispose()


@pytest.mark.parametrize("where", ["meta", "export", "log"])
def test_no_password_is_written_anywhere(
    catalogue_server: Server, template: Path, tmp_path: Path, where: str
) -> None:
    url, password = person(catalogue_server, "carl")
    with_password = url.replace("@", f":{password}@", 1)
    a, sa = _laptop(template, tmp_path, "a")
    add_note(sa, "Help desk", "Tartu", body="a note")
    summary = sync(a, with_password)
    assert password not in summary.server
    from tests.exchange_helpers import export_text

    texts = {
        "meta": Path(a).read_bytes().decode("latin-1"),
        "export": export_text(a),
        "log": "".join(p.read_text() for p in Path.home().rglob("*.log")),
    }
    assert password not in texts[where]
    if where == "meta":
        from app.services.sync.engine import remembered_url

        assert remembered_url(a) == url
    sa.dispose()
