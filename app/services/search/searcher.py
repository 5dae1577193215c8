"""Running a filter query: which practices match, grouped by category in catalogue order.

Meant to run off the GUI thread: a ``Searcher`` owns its own connection, and ``interrupt()``
(safe from any thread) abandons a query that a newer keystroke made stale.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from app.db.connect import connect
from app.services.catalogue_reader import PRACTICE_ORDER
from app.services.search.fts import MatchPlan, plan
from app.services.search.query import ParsedQuery, parse

_SELECT = (
    "SELECT p.category_id, k.key FROM practices p"
    " JOIN practice_search_keys k ON k.practice_id = p.id"
)
_ORDER = f" ORDER BY p.category_id, {PRACTICE_ORDER}"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """``filtered`` False: nothing usable was typed, show the whole catalogue."""

    query: ParsedQuery
    keys_by_category: dict[str, list[int]] = field(default_factory=dict)

    @property
    def filtered(self) -> bool:
        return not self.query.is_empty

    @property
    def total(self) -> int:
        return sum(len(keys) for keys in self.keys_by_category.values())


class SearchInterrupted(Exception):  # noqa: N818 - a signal, not an error
    """A newer query made this one stale."""


class Searcher:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None

    def search(self, text: str) -> SearchResult:
        parsed = parse(text)
        if parsed.is_empty:
            return SearchResult(parsed)
        sql, params = _statement(plan(parsed))
        if self._connection is None:
            self._connection = connect(self.path)
        try:
            rows = self._connection.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise SearchInterrupted from error
            raise
        grouped = {
            category: [key for _, key in group]
            for category, group in groupby(rows, key=lambda row: row[0])
        }
        return SearchResult(parsed, grouped)

    def interrupt(self) -> None:
        if self._connection is not None:
            self._connection.interrupt()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _statement(match: MatchPlan) -> tuple[str, tuple[str, ...]]:
    if match.include is not None:
        expression = match.include
        if match.exclude is not None:
            expression = f"({match.include}) NOT ({match.exclude})"
        return (
            f"{_SELECT} JOIN practice_search s ON s.rowid = k.key"
            f" WHERE practice_search MATCH ?{_ORDER}",
            (expression,),
        )
    assert match.exclude is not None
    return (
        f"{_SELECT} WHERE k.key NOT IN"
        f" (SELECT rowid FROM practice_search WHERE practice_search MATCH ?){_ORDER}",
        (match.exclude,),
    )
