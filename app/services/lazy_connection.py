"""A plain ``sqlite3`` connection opened on first use: what every reader of the start-up and
browse path holds. It belongs to the thread that uses it; ``interrupt`` is the one call that
is safe from another thread (it abandons the statement running there)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Self

from app.db.connect import connect


class LazyConnection:
    def __init__(self, path: Path, *, read_only: bool | None = None) -> None:
        self.path = path
        self._read_only = read_only  # None: decided from the file, as connect() does
        self._connection: sqlite3.Connection | None = None
        self._owner: LazyConnection | None = None

    @classmethod
    def on_connection_of(cls, owner: LazyConnection) -> Self:
        """A reader of this kind asking on ``owner``'s connection (the same thread, one
        connection for a window's queries); ``owner`` closes the connection, not this."""
        reader = cls(owner.path, read_only=owner._read_only)
        reader._owner = owner
        return reader

    @property
    def connection(self) -> sqlite3.Connection:
        if self._owner is not None:
            return self._owner.connection
        if self._connection is None:
            self._connection = connect(self.path, read_only=self._read_only)
        return self._connection

    def interrupt(self) -> None:
        """Abandon the running query (safe from any thread)."""
        if self._owner is not None:
            self._owner.interrupt()
        elif self._connection is not None:
            self._connection.interrupt()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
