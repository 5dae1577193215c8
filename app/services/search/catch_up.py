"""Catching the search index up after a large import, a batch at a time (the command line and
the window's background indexer both use it). Each batch is a short transaction; a crash
leaves the queue in the database and the next run resumes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.db.connect import connect
from app.db.search_index import index_pending, pending_count

BATCH = 500

# Called with (practices left, practices queued when it started); False stops early.
Step = Callable[[int, int], bool]


@contextmanager
def _connection(path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(path)
    try:
        yield connection
    finally:
        connection.close()


def catch_up(path: Path, step: Step | None = None, *, batch: int = BATCH) -> int:
    """Index the queued practices; returns how many were queued. ``sqlite3.Error`` rises."""
    with _connection(path) as connection:
        total = remaining = pending_count(connection)
        while remaining:
            remaining = index_pending(connection, batch)
            if step is not None and step(remaining, total) is False:
                break
        return total


def has_pending(path: Path) -> bool:
    """Whether an import left practices to index (False when the file cannot be read)."""
    try:
        with _connection(path) as connection:
            return pending_count(connection) > 0
    except sqlite3.Error:
        return False
