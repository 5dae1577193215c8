"""The connection settings every connection to a catalogue database gets, from either driver."""

from __future__ import annotations

import sqlite3

from app.db import search_fold

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Durable, concurrent, consistent: WAL so readers never block the writer, FULL sync so a
    power cut loses no committed note, foreign keys on, and a wait instead of an instant
    "database is locked" when a second window or process holds the write lock. Also the SQL
    function the search index's documents are folded with (``app.db.search_fold``)."""
    search_fold.register(connection)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    if not _is_read_only(connection):
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")


def _is_read_only(connection: sqlite3.Connection) -> bool:
    row = connection.execute("PRAGMA query_only").fetchone()
    return bool(row and row[0])
