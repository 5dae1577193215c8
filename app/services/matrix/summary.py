"""The evidence of every practice at once (``EvidenceSummary``): what column totals and
sorting by evidence need, built by one pass over the notes (``MatrixReader.summary``)."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


class SortBy:
    """What ``EvidenceSummary.order`` sorts on; a region column sorts by its region's id."""

    REGIONS = "regions"
    COMPLETED = "completed"
    SCORE = "score"
    SELECTED = "selected"


@dataclass(frozen=True, slots=True)
class EvidenceSummary:
    """Per practice key, from one pass over every note: what sorting and totals need.

    Compact on purpose (a few bytes per practice): ``masks[key]`` has bit ``i`` set when
    ``region_ids[i]`` tests the practice, ``completed[key]`` counts its completed tests and
    ``mean_scores[key]`` is its mean score (NaN: none set). Keys past the arrays have no notes.
    """

    region_ids: tuple[str, ...]
    masks: list[int]
    completed: array[int]
    mean_scores: array[float]
    selected: frozenset[int]

    def mask(self, key: int) -> int:
        return self.masks[key] if key < len(self.masks) else 0

    def regions_testing(self, key: int) -> int:
        return self.mask(key).bit_count()

    def completed_tests(self, key: int) -> int:
        return self.completed[key] if key < len(self.completed) else 0

    def mean_score(self, key: int) -> float | None:
        value = self.mean_scores[key] if key < len(self.mean_scores) else math.nan
        return None if math.isnan(value) else value

    def tested_per_region(self, keys: Iterable[int]) -> dict[str, int]:
        """Column totals: how many of ``keys`` each region tests."""
        masks = self.masks
        size = len(masks)
        per_mask = Counter(masks[key] for key in keys if key < size)
        totals = dict.fromkeys(self.region_ids, 0)
        for mask, count in per_mask.items():
            bit = 0
            while mask:
                if mask & 1:
                    totals[self.region_ids[bit]] += count
                mask >>= 1
                bit += 1
        return totals

    def order(
        self,
        keys: Sequence[int],
        by: str,
        *,
        descending: bool = True,
        selected: frozenset[int] | set[int] | None = None,
    ) -> list[int]:
        """``keys`` sorted on raw values (most evidence first when ``descending``); ties keep
        the order given. ``by`` is a ``SortBy`` value or a region id. ``selected`` overrides
        the selection the summary was read with."""
        return sorted(keys, key=self._rank(by, selected), reverse=descending)

    def _rank(
        self, by: str, selected: frozenset[int] | set[int] | None
    ) -> Callable[[int], tuple[float, ...]]:
        chosen = self.selected if selected is None else selected
        regions, completed = self.regions_testing, self.completed_tests

        def score(key: int) -> float:
            value = self.mean_score(key)
            return -1.0 if value is None else value

        if by in self.region_ids:
            bit = 1 << self.region_ids.index(by)
            return lambda k: (bool(self.mask(k) & bit), regions(k), completed(k), score(k))
        ranks: dict[str, Callable[[int], tuple[float, ...]]] = {
            SortBy.REGIONS: lambda k: (regions(k), completed(k), score(k)),
            SortBy.COMPLETED: lambda k: (completed(k), regions(k), score(k)),
            SortBy.SCORE: lambda k: (score(k), regions(k), completed(k)),
            SortBy.SELECTED: lambda k: (k in chosen, regions(k), completed(k)),
        }
        if by not in ranks:
            raise ValueError(f"cannot sort by {by!r}")
        return ranks[by]
