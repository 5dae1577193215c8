"""Stdlib ``sqlite3`` connections: fast to import, used on the start-up and browse path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.db.pragmas import apply_pragmas


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (``isolation_level=None``): callers open transactions
    explicitly, so a read never holds a lock longer than its statement."""
    if read_only:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
        connection.execute("PRAGMA query_only = ON")
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(connection)
    return connection
