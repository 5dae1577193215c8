"""The schema revisions this release knows, readable without importing Alembic.

Start-up compares the database's ``alembic_version`` with ``HEAD`` through plain ``sqlite3``
and imports Alembic only when a migration is due. A test keeps these in step with the scripts.
"""

from __future__ import annotations

import sqlite3

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = KNOWN_REVISIONS[-1]


def current_revision(connection: sqlite3.Connection) -> str | None:
    """The database's revision, or None when it has no version table (new or foreign)."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def user_tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [str(name) for (name,) in rows]
