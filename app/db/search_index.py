"""The full-text index behind the filter: one FTS5 document per practice.

A practice's document holds its own texts and everything searchable about its test notes
(author, outcome, body, region, status), so a filter query is one FTS5 lookup over practices,
not over a million notes. Triggers (migration 0001) keep each document current on every write,
from any path. Bulk writers (imports, the benchmark generator) may switch the triggers off with
``deferred()`` and rebuild once at the end.

Objects: ``practice_search`` (FTS5, rowid = key), ``practice_search_keys`` (stable integer key
per practice id), ``practice_search_source`` (the view that composes a document),
``practice_search_state`` (one row: are triggers deferred).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

SEARCH_OBJECT_PREFIX = "practice_search"
SEARCH_COLUMNS = (
    "title",
    "subtitle",
    "summary",
    "description",
    "notes",
    "category",
    "region",
    "origin",
    "status",
    "type",
)

_COLUMN_LIST = ", ".join(SEARCH_COLUMNS)


def rebuild(connection: sqlite3.Connection) -> None:
    """Recompose every document from the view (inside the caller's transaction)."""
    connection.execute("DELETE FROM practice_search")
    connection.execute(
        f"INSERT INTO practice_search (rowid, {_COLUMN_LIST}) "
        f"SELECT key, {_COLUMN_LIST} FROM practice_search_source"
    )


@contextmanager
def deferred(connection: sqlite3.Connection) -> Iterator[None]:
    """Switch the per-row triggers off for a bulk write, then rebuild once.

    Call inside an open transaction: the switch, the writes and the rebuild commit together,
    so no other connection ever sees a stale index.
    """
    connection.execute("UPDATE practice_search_state SET deferred = 1")
    try:
        yield
    finally:
        connection.execute("UPDATE practice_search_state SET deferred = 0")
    rebuild(connection)
