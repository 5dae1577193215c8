"""Running a filter query: which practices match, grouped by category in catalogue order.

Meant to run off the GUI thread: a ``Searcher`` owns its own connection, and ``interrupt()``
(safe from any thread) abandons a query that a newer keystroke made stale.

The full-text index answers with a set of practice keys; the catalogue's order (every key,
by category) is read once and kept until the database changes (``PRAGMA data_version``), so a
keystroke costs one FTS lookup and a pass over integer keys, not a join and a sort.

The order is read category by category, each as one JSON array that SQLite builds without the
interpreter's lock. A read interrupted by a newer query keeps the categories it finished and
the next search reads only the rest, so a first keystroke typed while the order is still being
read waits for what is left of it, never for a second read from the start.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from itertools import filterfalse
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.services.catalogue_reader import PRACTICE_ORDER
from app.services.lazy_connection import LazyConnection

if TYPE_CHECKING:  # imported by the first search, on the worker: not before the first paint
    from app.services.search.fts import MatchPlan
    from app.services.search.query import ParsedQuery

# One category's keys in catalogue order, as one JSON array (aggregated in the subquery's
# order). Row by row, 100,000 keys took the interpreter's lock back 100,000 times.
_CATEGORY_ORDER_SQL = (
    "SELECT json_group_array(key) FROM (SELECT k.key AS key FROM practices p"
    " JOIN practice_search_keys k ON k.practice_id = p.id"
    f" WHERE p.category_id = ? ORDER BY {PRACTICE_ORDER})"
)
# All matching keys as one JSON array: one row, one step of SQLite without the interpreter's
# lock, parsed in C. Fetching 100,000 rows took the lock back for every row (50-90 ms, and
# the window waited behind it); this takes 20-40 ms, of which 8-16 ms hold the lock.
_MATCH_SQL = (
    "SELECT '[' || ifnull(group_concat(rowid), '') || ']'"
    " FROM practice_search WHERE practice_search MATCH ?"
)
_PENDING_SQL = "SELECT EXISTS (SELECT 1 FROM practice_search_pending)"
# The catalogue order is read through a memory map: pages come straight from the OS cache
# without a copy into SQLite's, and a file not yet in that cache is read ahead in larger runs
# (100,000 practices: 126 -> 70 ms warm, 457 -> 170 ms just after the file left the OS cache).
# Only for that read: every page mapped in counts in the process's resident memory, and the
# full-text queries would map hundreds of megabytes.
_MMAP_BYTES = 2**31


class SearchResult(NamedTuple):  # a named tuple: its class is built on the way to the first paint
    """``filtered`` False: nothing usable was typed, show the whole catalogue."""

    query: ParsedQuery
    keys_by_category: dict[str, list[int]]
    index_incomplete: bool = False  # some practices still wait for the background indexer

    @property
    def filtered(self) -> bool:
        return not self.query.is_empty

    @property
    def total(self) -> int:
        return sum(len(keys) for keys in self.keys_by_category.values())


class SearchInterrupted(Exception):  # noqa: N818 - a signal, not an error
    """A newer query made this one stale."""


class Searcher(LazyConnection):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._order: dict[str, list[int]] = {}
        self._order_version: int | None = None
        self._categories: list[str] = []
        self._side: LazyConnection | None = None  # a match running beside the order's read
        self._side_lock = threading.Lock()
        self._stopping_side = False

    def interrupt(self) -> None:
        super().interrupt()
        with self._side_lock:
            self._stopping_side = True
            if self._side is not None:
                self._side.interrupt()

    def prepare(self) -> None:
        """Read the catalogue order now (it is otherwise read by the first search)."""
        try:
            self._current_order()
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise SearchInterrupted from error
            raise

    def search(self, text: str) -> SearchResult:
        from app.services.search.fts import plan
        from app.services.search.query import parse

        parsed = parse(text)
        if parsed.is_empty:
            return SearchResult(parsed, {})
        match = plan(parsed)
        expression = _expression(match) if match.include is not None else match.exclude
        assert expression is not None
        try:
            if self._order_read():
                order, keys = self._current_order(), self._keys(self.connection, expression)
            else:
                order, keys = self._order_beside_match(expression)
            # filter()/filterfalse() walk the keys in C: a third of a list comprehension's time.
            if match.include is not None:
                grouped = {c: list(filter(keys.__contains__, ks)) for c, ks in order.items()}
            else:
                grouped = {c: list(filterfalse(keys.__contains__, ks)) for c, ks in order.items()}
            incomplete = self.connection.execute(_PENDING_SQL).fetchone()[0] == 1
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise SearchInterrupted from error
            raise
        return SearchResult(parsed, {c: keys for c, keys in grouped.items() if keys}, incomplete)

    @staticmethod
    def _keys(connection: sqlite3.Connection, expression: str) -> set[int]:
        (keys,) = connection.execute(_MATCH_SQL, (expression,)).fetchone()
        return set(json.loads(keys))

    def _order_read(self) -> bool:
        """The order was read whole (a changed file is noticed by ``_current_order``)."""
        return self._order_version is not None and len(self._order) == len(self._categories)

    def _order_beside_match(self, expression: str) -> tuple[dict[str, list[int]], set[int]]:
        """A keystroke while the order is still being read (the first one, typed as the tree
        shows): the index is asked on a second connection meanwhile. Both wait on the disk
        when the file is not in the OS cache (100,000 practices: about 90 ms for the rest of
        the order, 140 ms for a one-letter match), so side by side the answer comes in the
        longer of the two instead of their sum."""
        found: list[set[int] | BaseException] = []

        def match() -> None:
            side = LazyConnection(self.path, read_only=self._read_only)
            try:
                connection = side.connection  # open before interrupt() can reach it
                with self._side_lock:
                    if self._stopping_side:
                        return
                    self._side = side
                found.append(self._keys(connection, expression))
            except BaseException as error:  # handed to the searching thread, raised there
                found.append(error)
            finally:
                with self._side_lock:
                    self._side = None
                side.close()

        with self._side_lock:
            self._stopping_side = False
        helper = threading.Thread(target=match, name="search-beside", daemon=True)
        helper.start()
        try:
            order = self._current_order()
        except BaseException:
            with self._side_lock:
                self._stopping_side = True
                if self._side is not None:
                    self._side.interrupt()
            raise
        finally:
            helper.join()
        if not found:  # stopped before it began: a newer keystroke
            raise SearchInterrupted
        if isinstance(found[0], BaseException):
            raise found[0]
        return order, found[0]

    def _current_order(self) -> dict[str, list[int]]:
        """Every practice key by category; what an earlier, interrupted call read is kept."""
        execute = self.connection.execute
        while True:
            version = execute("PRAGMA data_version").fetchone()[0]
            if version != self._order_version:
                # Kept only once read whole: a keystroke may stop this read too, and a version
                # noted with the categories still unread was an empty catalogue for good.
                categories = [c for (c,) in execute("SELECT id FROM categories")]
                self._order, self._order_version, self._categories = {}, version, categories
            missing = [c for c in self._categories if c not in self._order]
            if missing:
                execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
                try:
                    for category in missing:
                        (keys,) = execute(_CATEGORY_ORDER_SQL, (category,)).fetchone()
                        self._order[category] = json.loads(keys)
                finally:
                    with contextlib.suppress(sqlite3.OperationalError):  # interrupted again
                        execute("PRAGMA mmap_size = 0")
            # Each category was its own read: if the file changed meanwhile, read again.
            if execute("PRAGMA data_version").fetchone()[0] == version:
                return self._order


def _expression(match: MatchPlan) -> str:
    assert match.include is not None
    if match.exclude is None:
        return match.include
    return f"({match.include}) NOT ({match.exclude})"
