"""The search documents composed in bulk (after a large import) are the documents the view
composes one practice at a time, and a large import is searchable the moment it returns."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.db.connect import connect
from app.db.engine import Sessions
from app.db.search_index import SEARCH_COLUMNS, index_in_bulk, rebuild
from app.domain.enums import NoteStatus
from app.services.exchange import batch_merger as merging
from app.services.exchange.merge import merge
from app.services.opening import open_database
from app.services.search.searcher import Searcher
from tests.exchange_helpers import document_of, new_laptop
from tests.factories import add_note, update_practice

_DOCUMENTS = f"SELECT rowid, {', '.join(SEARCH_COLUMNS)} FROM practice_search ORDER BY rowid"


def documents(connection: sqlite3.Connection) -> list[tuple[object, ...]]:
    return connection.execute(_DOCUMENTS).fetchall()


@pytest.fixture
def varied(db_path: Path, sessions: Sessions) -> Sessions:
    """Notes in several regions and states, written out of date order, one deleted, a
    practice with an origin region, and practices with no notes at all."""
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, body="zweite Notiz",
             author="Seren", outcome="mapped", date=date(2012, 5, 1))  # fmt: skip
    add_note(sessions, "Help desk", "Malta", status=NoteStatus.PLANNED, body="première étude")
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, body="third")
    gone = add_note(sessions, "Web site", "Namur", body="deleted words vanish")
    add_note(sessions, "Web site", "Malta", status=NoteStatus.IN_PROGRESS, body="portal")
    connection = connect(db_path)
    with connection:
        connection.execute(
            "UPDATE test_notes SET deleted_at = '2012-06-01T00:00:00.000000Z' WHERE id = ?",
            (gone,),
        )
    (tartu,) = connection.execute("SELECT id FROM regions WHERE name = 'Tartu'").fetchone()
    connection.close()
    update_practice(sessions, "Collective Booth", origin_region_id=tartu)
    return sessions


def temporary_tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'")
    return sorted(name for (name,) in rows)


def test_bulk_documents_equal_the_views_documents(db_path: Path, varied: Sessions) -> None:
    connection = connect(db_path)
    connection.execute("BEGIN IMMEDIATE")
    rebuild(connection)
    by_view = documents(connection)
    index_in_bulk(connection)  # every practice: the table made anew
    assert documents(connection) == by_view
    some = [key for (key,) in connection.execute("SELECT key FROM practice_search_keys LIMIT 5")]
    index_in_bulk(connection, some)  # a few practices: only theirs recomposed
    assert documents(connection) == by_view
    assert temporary_tables(connection) == ["index_keys"]  # the composed documents are gone
    connection.execute("ROLLBACK")
    connection.close()


@pytest.mark.parametrize("practices", [3, 12], ids=["some practices", "most practices"])
def test_a_large_import_is_searchable_when_it_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, practices: int
) -> None:
    template = open_database(tmp_path / "template.db").path
    a = new_laptop(template, tmp_path, "a")
    b = new_laptop(template, tmp_path, "b")
    connection = connect(a)
    titles = [t for (t,) in connection.execute("SELECT title FROM practices ORDER BY title")]
    connection.close()
    sessions = Sessions(a)
    for title in titles[:practices]:
        add_note(sessions, title, "Tartu", body="bulkword arrived")
    sessions.dispose()
    monkeypatch.setattr(merging, "INDEX_AT_ONCE", 1)  # what a million notes would do
    plan = merge(b, document_of(a))
    assert plan.queued_for_index == 0
    searcher = Searcher(b)
    result = searcher.search("bulkword")
    assert result.total == practices and not result.index_incomplete
    assert searcher.search("bulkword tartu").total == practices
    searcher.close()
    # The same documents as the view composes, practice by practice.
    connection = connect(b)
    imported = documents(connection)
    connection.execute("BEGIN IMMEDIATE")
    rebuild(connection)
    assert documents(connection) == imported
    connection.execute("ROLLBACK")
    connection.close()


def _automerge(connection: sqlite3.Connection) -> int | None:
    row = connection.execute("SELECT v FROM practice_search_config WHERE k = 'automerge'")
    found = row.fetchone()
    return None if found is None else int(found[0])


@pytest.mark.parametrize("every", [True, False], ids=["every practice", "some practices"])
def test_a_bulk_build_leaves_ftss_merging_as_it_was(
    db_path: Path, varied: Sessions, every: bool
) -> None:
    """The bulk pass merges segments less often while it writes; afterwards FTS5 merges as
    before (its default, 4, or what was set), so later saves merge a little at a time."""
    connection = connect(db_path)
    connection.execute("BEGIN IMMEDIATE")
    assert _automerge(connection) is None  # FTS5's default
    keys = (
        None
        if every
        else [k for (k,) in connection.execute("SELECT key FROM practice_search_keys")]
    )
    index_in_bulk(connection, keys)
    assert _automerge(connection) == 4
    connection.execute(
        "INSERT INTO practice_search (practice_search, rank) VALUES ('automerge', 8)"
    )
    index_in_bulk(connection, keys)
    assert _automerge(connection) == 8
    connection.execute("ROLLBACK")
    connection.close()


def test_cancel_while_the_bulk_pass_composes_leaves_the_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel reaches the set-based pass itself (SQLite is interrupted between two
    documents), and the import is rolled back: documents and settings as they were."""
    import json
    import threading

    from app.db import search_fold
    from app.services.exchange import merge as merging_file
    from app.services.exchange.merge import MergeCancelled, merge_file
    from tests.exchange_helpers import export_text

    template = open_database(tmp_path / "template.db").path
    a = new_laptop(template, tmp_path, "a")
    b = new_laptop(template, tmp_path, "b")
    sessions = Sessions(a)
    for title in ("Help desk", "Web site", "Collective Booth"):
        add_note(sessions, title, "Tartu", body="bulkword arrived")
    sessions.dispose()
    path = tmp_path / "a.json"
    path.write_text(json.dumps(json.loads(export_text(a))), encoding="utf-8")
    monkeypatch.setattr(merging, "INDEX_AT_ONCE", 1)
    composing, interrupted = threading.Event(), threading.Event()
    interrupt, fold = merging_file._Pipeline._interrupt, search_fold.fold_utf8

    def cancelled(self: merging_file._Pipeline) -> None:
        interrupt(self)
        interrupted.set()

    def folding(data: search_fold.SQLValue) -> search_fold.SQLValue:
        composing.set()  # the pass has begun: the reading side now answers Cancel
        interrupted.wait(30)
        return fold(data)

    monkeypatch.setattr(merging_file._Pipeline, "_interrupt", cancelled)
    monkeypatch.setattr(search_fold, "fold_utf8", folding)
    connection = connect(b)
    settings = "SELECT k, v FROM practice_search_config ORDER BY k"
    before, settings_before = documents(connection), connection.execute(settings).fetchall()
    with pytest.raises(MergeCancelled):
        merge_file(b, path, lambda done, total: not composing.is_set())
    assert interrupted.is_set()
    assert documents(connection) == before
    assert connection.execute(settings).fetchall() == settings_before
    connection.close()
    searcher = Searcher(b)
    assert searcher.search("bulkword").total == 0
    searcher.close()
