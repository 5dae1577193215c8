"""The rows of the field-test matrix, without Qt: category blocks, keys, a bounded row cache.

What ``MatrixModel`` adapts. Rows come in blocks, one per category: a header row, then the
category's practices. A block holds integer keys only; an unfiltered category's keys are read
when one of its rows is first shown, and a row's cells come from the reader a window of keys
at a time into a bounded cache. ``locate`` is a bisection, so laying out every row stays cheap.

The ``EvidenceSummary`` (counted on a worker thread, handed over with ``set_summary``) gives
the column totals and the order by evidence; sorting keeps the categories and orders the
practices within each on raw values.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from app.services.dto import CategoryNode, RegionInfo
from app.services.matrix import EvidenceSummary, MatrixReader, MatrixRow
from app.ui.matrix.selected import SelectedTally

ROW_CACHE = 4_000  # practice rows kept for display
_READ_AROUND = (60, 140)  # rows read before and after a row that misses the cache


@dataclass
class Block:
    node: CategoryNode
    count: int  # practices shown under the header
    catalogue: list[int] | None  # keys in catalogue order; None: not read yet
    keys: list[int] | None = None  # keys in the order shown
    tested: dict[str, int] | None = None  # per region, from the summary


class MatrixRows:
    """The blocks shown, in order; ``scope`` None shows the whole catalogue."""

    def __init__(self, reader: MatrixReader, selected: SelectedTally) -> None:
        self.reader = reader
        self.regions: list[RegionInfo] = []
        self.scope: Mapping[str, Sequence[int]] | None = None
        self.blocks: list[Block] = []
        self.count = 0  # rows, category rows included
        self.summary: EvidenceSummary | None = None
        self.totals: dict[str, int] | None = None  # practices shown tested per region
        self.sort: tuple[str | None, bool] = (None, False)  # (SortBy or region id, descending)
        self._selected = selected
        self._nodes: list[CategoryNode] = []
        self._starts: list[int] = []
        self._cache: OrderedDict[int, MatrixRow] = OrderedDict()

    @property
    def practice_count(self) -> int:
        return sum(block.count for block in self.blocks)

    def reload(self) -> None:
        """Re-read regions and categories; forget cached rows."""
        self.regions = self.reader.regions()
        self._nodes = self.reader.categories()
        self._cache.clear()
        self.rebuild()

    def refresh(self) -> bool:
        """Forget cached rows; False when the regions or categories changed (reload then)."""
        regions, nodes = self.reader.regions(), self.reader.categories()
        if regions != self.regions or (self.scope is None and nodes != self._nodes):
            return False
        self._nodes = nodes
        self._cache.clear()
        return True

    def rebuild(self) -> None:
        """Lay out the blocks of ``scope``."""
        self.blocks = []
        for node in self._nodes:
            if self.scope is None:
                block = Block(node, node.total, None)
            else:
                keys = list(self.scope.get(node.id, ()))
                block = Block(node, len(keys), keys)
            if block.count:
                self.blocks.append(block)
        self._starts, row = [], 0
        for block in self.blocks:
            self._starts.append(row)
            row += 1 + block.count
        self.count = row
        self.totals = self._column_totals()

    def locate(self, row: int) -> tuple[Block, int]:
        """The block holding ``row`` and the practice's place in it (-1: the header)."""
        position = bisect_right(self._starts, row) - 1
        return self.blocks[position], row - self._starts[position] - 1

    def keys(self, block: Block) -> list[int]:
        if block.catalogue is None:
            block.catalogue = self.reader.practice_keys(block.node.id)
        if block.keys is None:
            block.keys = self._ordered(block.catalogue)
        return block.keys

    def shown(self) -> dict[str, list[int]]:
        """Every practice shown, by category, in the order shown (reads unread categories)."""
        return {block.node.id: list(self.keys(block)) for block in self.blocks}

    def row_at(self, row: int) -> MatrixRow | None:
        """The practice shown at ``row`` (None: a category row or out of range)."""
        if not 0 <= row < self.count:
            return None
        block, offset = self.locate(row)
        return None if offset < 0 else self.record(block, offset)

    def practice_row(self, practice_id: str) -> int:
        """The row of a practice if it is shown, else -1 (reads its category's keys)."""
        key = self.reader.practice_key(practice_id)
        if key is None:
            return -1
        for block, start in zip(self.blocks, self._starts, strict=True):
            keys = self.keys(block)
            if key in keys:
                return start + 1 + keys.index(key)
        return -1

    def record(self, block: Block, offset: int) -> MatrixRow | None:
        keys = self.keys(block)
        if offset >= len(keys):
            return None  # the category shrank since it was counted
        key = keys[offset]
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        before, after = _READ_AROUND
        window = [k for k in keys[max(0, offset - before) : offset + after] if k not in self._cache]
        self._cache.update(self.reader.rows(window))
        while len(self._cache) > ROW_CACHE:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    def store(self, row: MatrixRow) -> None:
        """Keep ``row`` as written from this window."""
        self._cache[row.key] = row

    def update_selection(self, key: int, selected: bool, revision: int) -> None:
        """The flag of a cached row was written elsewhere in this window."""
        cached = self._cache.get(key)
        if cached is not None:
            self._cache[key] = replace(cached, selected=selected, revision=revision)

    # -- the summary: totals and order ---------------------------------------------------

    def set_summary(self, summary: EvidenceSummary | None) -> None:
        self.summary = summary
        for block in self.blocks:
            block.tested = None
        self.totals = self._column_totals()

    def tested(self, block: Block) -> dict[str, int] | None:
        """Practices of ``block`` tested per region (None: not counted yet)."""
        if self.summary is None:
            return None
        if block.tested is None:
            block.tested = self.summary.tested_per_region(self.keys(block))
        return block.tested

    def reorder(self) -> Callable[[int], int]:
        """Order the blocks read so far by ``sort``; returns where each old row went."""
        before = {id(block): block.keys for block in self.blocks}
        for block in self.blocks:
            if block.catalogue is not None:
                block.keys = self._ordered(block.catalogue)
        places: dict[int, dict[int, int]] = {}

        def moved(row: int) -> int:
            block, offset = self.locate(row)
            keys = before[id(block)]
            if offset < 0 or keys is None or block.keys is None or offset >= len(keys):
                return row
            where = places.setdefault(id(block), {k: i for i, k in enumerate(block.keys)})
            return row - offset + where[keys[offset]]

        return moved

    def _ordered(self, keys: list[int]) -> list[int]:
        by, descending = self.sort
        if by is None:
            return keys[::-1] if descending else keys
        if self.summary is None:
            return keys
        return self.summary.order(keys, by, descending=descending, selected=self._selected.keys)

    def _column_totals(self) -> dict[str, int] | None:
        summary = self.summary
        if summary is None:
            return None
        if self.scope is None:
            return summary.tested_per_region(range(len(summary.masks)))
        return summary.tested_per_region(k for keys in self.scope.values() for k in keys)
