"""SQLAlchemy engines and sessions for writes, migrations and exchange.

Writers begin with ``BEGIN IMMEDIATE``: in WAL mode a deferred transaction that reads and then
writes can fail at once with "database is locked" when another connection committed in
between; taking the write lock up front makes it wait (busy timeout) instead. Readers begin a
plain deferred transaction and never block writers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.db.pragmas import apply_pragmas


def make_engine(path: Path, *, immediate: bool = True, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (SQLAlchemy's
        # documented recipe for SQLite), so BEGIN IMMEDIATE below is really the first statement.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Sessions:
    """One engine for writing and one for reading a database file, created on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: sessionmaker[Session] | None = None
        self._reader: sessionmaker[Session] | None = None

    @property
    def writer(self) -> Engine:
        """The engine writes go through (created on first use)."""
        if self._writer is None:
            self._writer = sessionmaker(make_engine(self.path), expire_on_commit=False)
        bind = self._writer.kw["bind"]
        assert isinstance(bind, Engine)
        return bind

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back on any exception."""
        self.writer  # noqa: B018 - creates the session factory on first use
        assert self._writer is not None
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        if self._reader is None:
            self._reader = sessionmaker(
                make_engine(self.path, immediate=False), expire_on_commit=False
            )
        with self._reader.begin() as session:
            yield session

    def dispose(self) -> None:
        for maker in (self._writer, self._reader):
            if maker is not None and maker.kw.get("bind") is not None:
                maker.kw["bind"].dispose()
        self._writer = self._reader = None
