"""What a laptop's SQLite file remembers about syncing, beside the catalogue.

- ``sync_synced`` (kind, id, mark): the state of each record when the server last had it
  (pushed and committed there, or pulled from it). A record whose mark differs is pushed.
- ``sync_refused`` (kind, id, mark, reason): records the server refused; they stay here,
  untouched, and are offered again at the next sync.
- ``meta``: ``sync_url`` (the server's address, never with a password), ``sync_server`` (the
  server's identity when last pulled from) and ``sync_cursor`` (every change below this
  transaction id has been pulled).
- ``sync_dirty`` and its triggers (``dirty``): which records to look at, so that a sync of a
  few changes does not scan every record.

The tables are created on first sync, so a file that never synced has none of this.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from app.domain.timestamps import format_utc, utc_now
from app.services.sync import dirty
from app.services.sync.rows import COLUMNS, laptop_mark, laptop_select, laptop_table, record_of

URL_KEY, SERVER_KEY, CURSOR_KEY = "sync_url", "sync_server", "sync_cursor"
_TABLES = """
    CREATE TABLE IF NOT EXISTS sync_synced (
        kind TEXT NOT NULL, id TEXT NOT NULL, mark TEXT NOT NULL, PRIMARY KEY (kind, id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS sync_refused (
        kind TEXT NOT NULL, id TEXT NOT NULL, mark TEXT NOT NULL, reason TEXT NOT NULL,
        refused_at TEXT NOT NULL, PRIMARY KEY (kind, id)
    ) WITHOUT ROWID;
"""

Record = dict[str, Any]


def prepare(connection: sqlite3.Connection) -> None:
    connection.executescript(f"BEGIN IMMEDIATE; {_TABLES}")
    try:
        dirty.install(connection)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def get_meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def remembered_url(connection: sqlite3.Connection) -> str | None:
    return get_meta(connection, URL_KEY)


def forget_server(connection: sqlite3.Connection) -> None:
    """Another server, or this one restored from a backup: push everything, pull everything."""
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DELETE FROM sync_synced")
    dirty.forget(connection)
    connection.execute("DELETE FROM meta WHERE key IN (?, ?)", (SERVER_KEY, CURSOR_KEY))
    connection.execute("COMMIT")


def _unsynced_where(kind: str, fast: bool) -> tuple[str, str]:
    """Where to look: the change table once it is complete, else every record."""
    return dirty.dirty_where(kind) if fast else dirty.scan_where(kind)


def count_unsynced(connection: sqlite3.Connection, kinds: tuple[str, ...]) -> int:
    fast = dirty.is_complete(connection)
    return sum(
        int(connection.execute(f"SELECT count(*) {_unsynced_where(kind, fast)[0]}").fetchone()[0])
        for kind in kinds
    )


def unsynced(
    connection: sqlite3.Connection, kind: str, batch: int
) -> Iterator[list[tuple[Record, str]]]:
    """Records of ``kind`` the server may not have, with their marks, ``batch`` at a time
    (each read in its own short transaction, so the window keeps saving meanwhile)."""
    where, key = _unsynced_where(kind, dirty.is_complete(connection))
    last = ""
    while True:
        rows = connection.execute(
            f"SELECT {laptop_select(kind)}, {laptop_mark(kind)} {where}"
            f" AND {key} > ? ORDER BY {key} LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        width = len(COLUMNS[kind])
        yield [(record_of(kind, row[:width]), str(row[width])) for row in rows]
        last = rows[-1][0]


def completed_scan(connection: sqlite3.Connection) -> None:
    """Every kind was read to its end: from now on ``sync_dirty`` alone says what to push."""
    if dirty.is_complete(connection):
        return
    connection.execute("BEGIN IMMEDIATE")
    dirty.mark_complete(connection)
    connection.execute("COMMIT")


def mark_synced(connection: sqlite3.Connection, kind: str, marks: list[tuple[str, str]]) -> None:
    """Inside the caller's transaction: these (id, mark) are what the server has."""
    connection.executemany(
        "INSERT OR REPLACE INTO sync_synced (kind, id, mark) VALUES (?, ?, ?)",
        [(kind, record_id, mark) for record_id, mark in marks],
    )
    if _holds(connection, "sync_refused", kind):  # (a first sync: 1,000,000 lookups saved)
        connection.executemany(
            "DELETE FROM sync_refused WHERE kind = ? AND id = ?",
            [(kind, record_id) for record_id, _ in marks],
        )
    if _holds(connection, "sync_dirty", kind):
        dirty.settle(connection, kind, marks)


def _holds(connection: sqlite3.Connection, table: str, kind: str) -> bool:
    row = connection.execute(f"SELECT 1 FROM {table} WHERE kind = ? LIMIT 1", (kind,))
    return row.fetchone() is not None


def mark_refused(
    connection: sqlite3.Connection, kind: str, refused: list[tuple[str, str, str]]
) -> None:
    """Inside the caller's transaction: (id, mark, reason) the server refused."""
    now = format_utc(utc_now())
    connection.executemany(
        "INSERT OR REPLACE INTO sync_refused (kind, id, mark, reason, refused_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(kind, record_id, mark, reason, now) for record_id, mark, reason in refused],
    )
    dirty.keep(connection, kind, [record_id for record_id, _, _ in refused])


def laptop_marks(
    connection: sqlite3.Connection, kind: str, ids: list[str]
) -> dict[str, tuple[Any, ...]]:
    """For pulled ids: (versions, updated_at, mark) of the laptop's row, or (resolved_at,
    mark) of a conflict copy, to tell whether it now equals the server's."""
    import json

    extra = "t.versions, t.updated_at" if kind in ("practices", "notes") else "t.id"
    rows = connection.execute(
        f"SELECT t.id, {extra}, {laptop_mark(kind)} FROM {laptop_table(kind)} t"
        " WHERE t.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}
