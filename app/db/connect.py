"""Stdlib ``sqlite3`` connections: fast to import, used on the start-up and browse path.

A file that cannot be written (permissions, a read-only medium) is opened read-only and
immutable, so SQLite never tries to create its ``-wal``/``-shm`` files beside it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.db.pragmas import apply_pragmas


def is_read_only(path: Path) -> bool:
    """True when this process may not change ``path`` (or create files beside it)."""
    if path.exists() and not os.access(path, os.W_OK):
        return True
    return not os.access(path.parent, os.W_OK)


def connect(path: Path, *, read_only: bool | None = None) -> sqlite3.Connection:
    """A connection in autocommit mode (``isolation_level=None``): callers open transactions
    explicitly, so a read never holds a lock longer than its statement."""
    if read_only is None:
        read_only = is_read_only(path)
    if read_only:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
        )
        connection.execute("PRAGMA query_only = ON")
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(connection)
    return connection
