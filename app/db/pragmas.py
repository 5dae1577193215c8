"""The connection settings every connection to a catalogue database gets, from either driver."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Durable, concurrent, consistent: WAL so readers never block the writer, FULL sync so a
    power cut loses no committed note, foreign keys on, and a wait instead of an instant
    "database is locked" when a second window or process holds the write lock."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    if not _is_read_only(connection):
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")


def _is_read_only(connection: sqlite3.Connection) -> bool:
    row = connection.execute("PRAGMA query_only").fetchone()
    return bool(row and row[0])
