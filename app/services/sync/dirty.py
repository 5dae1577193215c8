"""The laptop's change table: which records may differ from what the server has, kept by
SQLite triggers, so a sync reads those few instead of scanning every record.

- ``sync_dirty`` (kind, id): a record enters when inserted, or updated so that its mark
  (``rows.laptop_mark``) changes; it leaves once the mark noted as the server's is its
  current mark (``settle``: a change made meanwhile keeps it in). Refused records stay in.
- meta ``sync_dirty`` = ``complete``: every record whose mark differs from ``sync_synced`` is
  in ``sync_dirty``. Until then (first sync, after ``forget_server``) a sync scans every
  record, as before, and a push that read every kind to its end sets it.

Created with the other sync tables (a file that never synced pays nothing). Triggers found
missing (a laptop that synced before they existed, or a migration that rebuilt a table) are
made again and, if the file has synced, the table is seeded with one full scan.
"""

from __future__ import annotations

import sqlite3

from app.db.search_index import index_triggers_oldest
from app.services.sync.rows import COLUMNS, laptop_mark, laptop_table

COMPLETE_KEY, COMPLETE = "sync_dirty", "complete"
_TABLE = """
    CREATE TABLE IF NOT EXISTS sync_dirty (
        kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id)
    ) WITHOUT ROWID
"""


def _names(kind: str) -> tuple[str, str]:
    return f"sync_dirty_{kind}_insert", f"sync_dirty_{kind}_update"


TRIGGERS = tuple(name for kind in COLUMNS for name in _names(kind))


def _triggers(kind: str) -> tuple[str, str]:
    table, (insert, update) = laptop_table(kind), _names(kind)
    add = f"INSERT OR IGNORE INTO sync_dirty (kind, id) VALUES ('{kind}', NEW.id)"
    # Updates that leave the mark alone (search keys, a category's text) are never pushed.
    changed = f"({laptop_mark(kind, 'OLD')}) IS NOT ({laptop_mark(kind, 'NEW')})"
    return (
        f"CREATE TRIGGER IF NOT EXISTS {insert} AFTER INSERT ON {table} BEGIN {add}; END",
        f"CREATE TRIGGER IF NOT EXISTS {update} AFTER UPDATE ON {table} WHEN {changed}"
        f" BEGIN {add}; END",
    )


def scan_where(kind: str) -> tuple[str, str]:
    """FROM/WHERE of every record of ``kind`` whose mark differs, and its ordering key."""
    return (
        f"FROM {laptop_table(kind)} t LEFT JOIN sync_synced s ON s.kind = '{kind}'"
        f" AND s.id = t.id WHERE s.mark IS NOT {laptop_mark(kind)}",
        "t.id",
    )


def dirty_where(kind: str) -> tuple[str, str]:
    """The same records, looked for only among those in ``sync_dirty``."""
    return (
        f"FROM sync_dirty d JOIN {laptop_table(kind)} t ON t.id = d.id"
        " LEFT JOIN sync_synced s ON s.kind = d.kind AND s.id = d.id"
        f" WHERE d.kind = '{kind}' AND s.mark IS NOT {laptop_mark(kind)}",
        "d.id",
    )


def install(connection: sqlite3.Connection) -> None:
    """Inside the caller's transaction: the table and its triggers, if any are missing."""
    if _present(connection) == len(TRIGGERS):
        index_triggers_oldest(connection)  # after a migration that made the index's again
        return
    connection.execute(_TABLE)
    for kind in COLUMNS:
        for sql in _triggers(kind):
            connection.execute(sql)
    # Changes made while triggers were missing are known only by their marks.
    if connection.execute("SELECT 1 FROM sync_synced LIMIT 1").fetchone() is None:
        forget(connection)  # nothing synced yet: the next sync scans everything anyway
        return
    for kind in COLUMNS:
        where, _ = scan_where(kind)
        connection.execute(
            f"INSERT OR IGNORE INTO sync_dirty (kind, id) SELECT '{kind}', t.id {where}"
        )
    mark_complete(connection)


def is_complete(connection: sqlite3.Connection) -> bool:
    """Whether ``sync_dirty`` alone says what to push (else: scan every record)."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (COMPLETE_KEY,)).fetchone()
    return row is not None and row[0] == COMPLETE and _present(connection) == len(TRIGGERS)


def mark_complete(connection: sqlite3.Connection) -> None:
    """Inside the caller's transaction, after a full scan pushed every kind to its end."""
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (COMPLETE_KEY, COMPLETE)
    )


def forget(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM meta WHERE key = ?", (COMPLETE_KEY,))


def settle(connection: sqlite3.Connection, kind: str, marks: list[tuple[str, str]]) -> None:
    """Inside the caller's transaction: these (id, mark) are the server's; the records still
    carrying that mark leave ``sync_dirty`` (one changed since it was read stays)."""
    connection.executemany(
        f"DELETE FROM sync_dirty WHERE kind = '{kind}' AND id = ?1 AND EXISTS (SELECT 1"
        f" FROM {laptop_table(kind)} t WHERE t.id = ?1 AND ({laptop_mark(kind)}) IS ?2)",
        marks,
    )


def keep(connection: sqlite3.Connection, kind: str, ids: list[str]) -> None:
    """Refused records are offered again at every sync: they stay (or go) in."""
    connection.executemany(
        "INSERT OR IGNORE INTO sync_dirty (kind, id) VALUES (?, ?)", [(kind, i) for i in ids]
    )


def _present(connection: sqlite3.Connection) -> int:
    marks = ", ".join("?" * len(TRIGGERS))
    row = connection.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        TRIGGERS,
    ).fetchone()
    return int(row[0])
