"""The window's "changes not yet synced" count: the local file alone, read without the
server's driver (importing ``psycopg`` cost the window's interpreter 50-100 ms)."""

from __future__ import annotations

from pathlib import Path

from app.db.connect import connect
from app.services.sync import laptop
from app.services.sync.rows import KINDS


def unsynced_count(database: Path) -> int | None:
    """How many records changed here since the server last had them; None for a file that
    never synced (it has no server to be behind)."""
    connection = connect(database)
    try:
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not {"meta", "sync_synced"} <= tables or laptop.remembered_url(connection) is None:
            return None
        return laptop.count_unsynced(connection, KINDS)
    finally:
        connection.close()
