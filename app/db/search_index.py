"""The full-text index behind the filter: one FTS5 document per practice.

A practice's document holds its own texts and everything searchable about its test notes
(author, outcome, body, region, status), so a filter query is one FTS5 lookup over practices,
not over a million notes. Triggers (migration 0001) keep each document current on every write,
from any path. Bulk writers (imports, the benchmark generator) may switch the triggers off with
``deferred()`` and rebuild once at the end.

Objects: ``practice_search`` (FTS5, rowid = key), ``practice_search_keys`` (stable integer key
per practice id), ``practice_search_source`` (the view that composes a document),
``practice_search_state`` (one row: are triggers deferred), ``practice_search_pending``
(practices whose documents a bulk import left to the background indexer, migration 0002).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

SEARCH_OBJECT_PREFIX = "practice_search"
SEARCH_COLUMNS = (
    "title",
    "subtitle",
    "summary",
    "description",
    "notes",
    "category",
    "region",
    "origin",
    "status",
    "type",
)

_COLUMN_LIST = ", ".join(SEARCH_COLUMNS)


NOTE_TRIGGERS = (
    "practice_search_note_insert",
    "practice_search_note_update",
    "practice_search_note_delete",
)


PRACTICE_INSERT_TRIGGER = "practice_search_practice_insert"


@contextmanager
def triggers_suspended(
    connection: sqlite3.Connection, names: tuple[str, ...] = NOTE_TRIGGERS
) -> Iterator[None]:
    """Drop these index triggers for a bulk write and put them back, inside the caller's
    transaction: other connections never see them missing. Even when they do nothing, the
    notes' per-row cost is a third of inserting a note, and a practice's insert trigger costs
    as much as the insert (measured); the caller indexes afterwards. Without
    ``PRACTICE_INSERT_TRIGGER`` the caller gives new practices their keys (``add_keys``)."""
    marks = ", ".join("?" * len(names))
    saved = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        names,
    ).fetchall()
    for name, _sql in saved:
        connection.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        for _name, sql in saved:
            connection.execute(sql)


def add_keys(connection: sqlite3.Connection, practice_ids: list[str]) -> None:
    """Search keys for new practices (what the practice insert trigger does)."""
    connection.executemany(
        "INSERT INTO practice_search_keys (practice_id) VALUES (?)", [(i,) for i in practice_ids]
    )


def rebuild(connection: sqlite3.Connection) -> None:
    """Recompose every document from the view (inside the caller's transaction)."""
    connection.execute("DELETE FROM practice_search")
    connection.execute(
        f"INSERT INTO practice_search (rowid, {_COLUMN_LIST}) "
        f"SELECT key, {_COLUMN_LIST} FROM practice_search_source"
    )


@contextmanager
def deferred(connection: sqlite3.Connection) -> Iterator[None]:
    """Switch the per-row triggers off for a bulk write, then rebuild once.

    Call inside an open transaction: the switch, the writes and the rebuild commit together,
    so no other connection ever sees a stale index.
    """
    connection.execute("UPDATE practice_search_state SET deferred = 1")
    try:
        yield
    finally:
        connection.execute("UPDATE practice_search_state SET deferred = 0")
    rebuild(connection)


def _keys_of(connection: sqlite3.Connection, practice_ids: list[str]) -> list[int]:
    keys: list[int] = []
    for start in range(0, len(practice_ids), 500):
        chunk = practice_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys.extend(
            key
            for (key,) in connection.execute(
                f"SELECT key FROM practice_search_keys WHERE practice_id IN ({marks})", chunk
            )
        )
    return keys


def _recompose(connection: sqlite3.Connection, keys: list[int]) -> None:
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        connection.execute(f"DELETE FROM practice_search WHERE rowid IN ({marks})", chunk)
        connection.execute(
            f"INSERT INTO practice_search (rowid, {_COLUMN_LIST}) "
            f"SELECT key, {_COLUMN_LIST} FROM practice_search_source WHERE key IN ({marks})",
            chunk,
        )


def index_practices(connection: sqlite3.Connection, practice_ids: set[str]) -> None:
    """Recompose the documents of these practices now (inside the caller's transaction)."""
    _recompose(connection, _keys_of(connection, sorted(practice_ids)))


def queue_practices(connection: sqlite3.Connection, practice_ids: set[str]) -> int:
    """Leave these practices to the background indexer; returns how many are queued."""
    keys = _keys_of(connection, sorted(practice_ids))
    connection.executemany(
        "INSERT OR IGNORE INTO practice_search_pending (key) VALUES (?)", [(k,) for k in keys]
    )
    return len(keys)


def pending_count(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM practice_search_pending").fetchone()
    return int(row[0])


def index_pending(connection: sqlite3.Connection, batch: int = 500) -> int:
    """Index up to ``batch`` queued practices in one short transaction; returns how many are
    still queued. Short, so notes saved meanwhile wait a moment at most."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        keys = [
            key
            for (key,) in connection.execute(
                "SELECT key FROM practice_search_pending ORDER BY key LIMIT ?", (batch,)
            )
        ]
        _recompose(connection, keys)
        connection.executemany(
            "DELETE FROM practice_search_pending WHERE key = ?", [(k,) for k in keys]
        )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return pending_count(connection)
