"""The field-test matrix: practices down, regions across, how far each region's tests got.

Read path, like ``catalogue_reader``: plain ``sqlite3``, integer practice keys, frozen
dataclasses out. At 100,000 practices and 1,000,000 notes the matrix never reads every note
on the GUI thread: rows come for a window of keys at a time (``rows``: one indexed
``GROUP BY`` per 500 keys), and what needs every note (column totals, sorting by evidence)
comes from one pass, ``summary()``, that a worker thread runs.

The rules, in one place:

- A cell holds the live notes (not in the trash) of one practice in one region. Its status
  is the most advanced among them: completed > in progress > planned > dropped.
- A region *tests* a practice when the cell holds a note that is not dropped. Row totals
  (regions testing a practice) and column totals (practices tested in a region) count these.
- Evidence of a practice: regions testing it, completed tests (notes whose status is
  completed), the mean of each added-value score over the notes where it is set, with how
  many notes that is, and the latest outcome lines.
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.connect import connect
from app.domain.enums import NoteStatus
from app.services.catalogue_reader import PRACTICE_ORDER, CatalogueReader, region_label

# Most advanced first: the order a cell's status is chosen in.
STATUS_ORDER = (
    NoteStatus.COMPLETED.value,
    NoteStatus.IN_PROGRESS.value,
    NoteStatus.PLANNED.value,
    NoteStatus.DROPPED.value,
)
SCORES = (
    ("score_cluster_initiatives", "cluster initiatives"),
    ("score_development_agencies", "development agencies"),
    ("score_enterprises", "enterprises"),
)
# A partial index that halves the summary's time at a million notes (1.5-2 s instead of
# 3-3.7 s) when a migration adds it; without it the summary scans the table.
MATRIX_INDEX = "ix_test_notes_matrix"
MATRIX_INDEX_DDL = (
    f"CREATE INDEX {MATRIX_INDEX} ON test_notes (practice_id, region_id, status,"
    " score_cluster_initiatives, score_development_agencies, score_enterprises, deleted_at)"
    " WHERE deleted_at IS NULL"
)
_CHUNK = 500  # keys per query, well below SQLite's bound-parameter limit
_MASK_BITS = 60  # regions per mask column (SQLite integers have 64 bits)
_ROW_FROM = "practices p JOIN practice_search_keys k ON k.practice_id = p.id"
_SCORE_SUM = " + ".join(f"coalesce(n.{column}, 0)" for column, _ in SCORES)
_SCORE_COUNT = " + ".join(f"count(n.{column})" for column, _ in SCORES)
_LIVE = "n.deleted_at IS NULL"
_TESTING = "n.status <> 'dropped'"


@dataclass(frozen=True, slots=True)
class Cell:
    """The live notes of one practice in one region, counted by status."""

    completed: int = 0
    in_progress: int = 0
    planned: int = 0
    dropped: int = 0

    @property
    def notes(self) -> int:
        return self.completed + self.in_progress + self.planned + self.dropped

    @property
    def status(self) -> str | None:
        """The most advanced status among the notes (None: no note)."""
        for status in STATUS_ORDER:
            if getattr(self, status):
                return status
        return None

    @property
    def testing(self) -> bool:
        return self.notes > self.dropped


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One practice's row: its cells by region id (regions without notes are absent)."""

    key: int
    id: str
    category_id: str
    title: str
    subtitle: str
    selected: bool
    revision: int
    cells: dict[str, Cell]
    score_sum: float = 0.0
    score_count: int = 0

    @property
    def regions_testing(self) -> int:
        return sum(1 for cell in self.cells.values() if cell.testing)

    @property
    def completed(self) -> int:
        return sum(cell.completed for cell in self.cells.values())

    @property
    def notes(self) -> int:
        return sum(cell.notes for cell in self.cells.values())

    @property
    def mean_score(self) -> float | None:
        """The mean of every added-value score set on the practice's notes."""
        return self.score_sum / self.score_count if self.score_count else None


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    """One note, as a line of evidence."""

    date: date
    region_id: str
    region_label: str
    status: str
    author: str
    outcome: str


@dataclass(frozen=True, slots=True)
class CellNotes:
    """The newest notes of one cell (``total`` counts them all)."""

    notes: tuple[OutcomeLine, ...]
    total: int


@dataclass(frozen=True, slots=True)
class ScoreMean:
    column: str
    label: str
    mean: float | None
    count: int  # notes where this score is set


@dataclass(frozen=True, slots=True)
class PracticeEvidence:
    practice_id: str
    title: str
    selected: bool
    revision: int
    regions_testing: int
    completed: int
    notes: int
    scores: tuple[ScoreMean, ...]
    latest: tuple[OutcomeLine, ...]  # newest first, notes with an outcome only
    region_labels: tuple[str, ...] = ()  # the regions testing it, "Tartu (EE)", by name


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


class MatrixReader(CatalogueReader):
    """The matrix's queries. Like every reader, it belongs to the thread that created it.

    ``read_only`` True opens the file immutable (a benchmark or a file on read-only media);
    None decides from the file's permissions, as every reader does.
    """

    def __init__(self, path: Path, *, read_only: bool | None = None) -> None:
        super().__init__(path)
        self._read_only = read_only

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = connect(self.path, read_only=self._read_only)
        return self._connection

    def interrupt(self) -> None:
        """Abandon the running query (safe from any thread)."""
        if self._connection is not None:
            self._connection.interrupt()

    def catalogue_order(self) -> dict[str, list[int]]:
        """Every practice key by category id, in catalogue order within each category."""
        order: dict[str, list[int]] = {}
        for category_id, key in self.connection.execute(
            f"SELECT p.category_id, k.key FROM {_ROW_FROM} ORDER BY p.category_id, {PRACTICE_ORDER}"
        ):
            order.setdefault(category_id, []).append(key)
        return order

    def selected_keys(self) -> dict[str, list[int]]:
        """The practices selected for the final catalogue, by category, in catalogue order."""
        order: dict[str, list[int]] = {}
        for category_id, key in self.connection.execute(
            f"SELECT p.category_id, k.key FROM {_ROW_FROM} WHERE p.selected"
            f" ORDER BY p.category_id, {PRACTICE_ORDER}"
        ):
            order.setdefault(category_id, []).append(key)
        return order

    def selected_count(self) -> int:
        return int(
            self.connection.execute("SELECT count(*) FROM practices WHERE selected").fetchone()[0]
        )

    def rows(self, keys: Iterable[int]) -> dict[int, MatrixRow]:
        """The rows of ``keys`` (unknown keys are left out): two indexed queries per 500."""
        result: dict[int, MatrixRow] = {}
        for chunk in _chunks(list(keys)):
            result.update(self._rows(chunk))
        return result

    def _rows(self, keys: Sequence[int]) -> dict[int, MatrixRow]:
        marks = ",".join("?" * len(keys))
        cells: dict[int, dict[str, dict[str, int]]] = {}
        scores: dict[int, tuple[float, int]] = {}
        for key, region_id, status, count, score_sum, score_count in self.connection.execute(
            f"SELECT k.key, n.region_id, n.status, count(*), total({_SCORE_SUM}), {_SCORE_COUNT}"
            " FROM practice_search_keys k JOIN test_notes n ON n.practice_id = k.practice_id"
            f" WHERE k.key IN ({marks}) AND {_LIVE} GROUP BY k.key, n.region_id, n.status",
            keys,
        ):
            cells.setdefault(key, {}).setdefault(region_id, {})[status] = count
            total, counted = scores.get(key, (0.0, 0))
            scores[key] = (total + score_sum, counted + score_count)
        rows: dict[int, MatrixRow] = {}
        for key, pid, category_id, title, subtitle, selected, revision in self.connection.execute(
            "SELECT k.key, p.id, p.category_id, p.title, p.subtitle, p.selected, p.revision"
            f" FROM {_ROW_FROM} WHERE k.key IN ({marks})",
            keys,
        ):
            by_region = cells.get(key, {})
            score_sum, score_count = scores.get(key, (0.0, 0))
            rows[key] = MatrixRow(
                key=key,
                id=pid,
                category_id=category_id,
                title=title,
                subtitle=subtitle,
                selected=bool(selected),
                revision=revision,
                cells={region: Cell(**counts) for region, counts in by_region.items()},
                score_sum=score_sum,
                score_count=score_count,
            )
        return rows

    def cell_notes(self, practice_id: str, region_id: str, limit: int = 8) -> CellNotes:
        """The newest ``limit`` live notes of one practice in one region."""
        total = self.connection.execute(
            "SELECT count(*) FROM test_notes n WHERE n.practice_id = ? AND n.region_id = ?"
            f" AND {_LIVE}",
            (practice_id, region_id),
        ).fetchone()[0]
        notes = self._outcomes(
            "n.practice_id = ? AND n.region_id = ?", (practice_id, region_id), limit
        )
        return CellNotes(tuple(notes), int(total))

    def evidence(self, practice_id: str, latest: int = 3) -> PracticeEvidence | None:
        return practice_evidence(self.connection, practice_id, latest)

    def _outcomes(self, where: str, params: tuple[str, ...], limit: int) -> list[OutcomeLine]:
        return _outcome_lines(self.connection, where, params, limit)

    def summary(self, keys: Iterable[int] | None = None) -> EvidenceSummary:
        """One pass over the live notes (of ``keys`` only, if given); seconds at a million
        notes, so the window runs it on a worker thread."""
        region_ids = tuple(region.id for region in self.regions())
        size = self._max_key() + 1
        masks = [0] * size
        completed = array("l", bytes(size * array("l").itemsize))
        means = array("d", [math.nan]) * size
        for key, mask, done, score_sum, score_count in self._summary_rows(region_ids, keys):
            masks[key] = mask
            completed[key] = done
            if score_count:
                means[key] = score_sum / score_count
        selected = frozenset(
            key
            for (key,) in self.connection.execute(f"SELECT k.key FROM {_ROW_FROM} WHERE p.selected")
        )
        return EvidenceSummary(region_ids, masks, completed, means, selected)

    def _has_matrix_index(self) -> bool:
        row = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (MATRIX_INDEX,)
        ).fetchone()
        return row is not None

    def _max_key(self) -> int:
        row = self.connection.execute("SELECT max(key) FROM practice_search_keys").fetchone()
        return int(row[0] or 0)

    def _summary_rows(
        self, region_ids: tuple[str, ...], keys: Iterable[int] | None
    ) -> Iterator[tuple[int, int, int, float, int]]:
        groups = [region_ids[i : i + _MASK_BITS] for i in range(0, len(region_ids), _MASK_BITS)]
        region_params = [region for group in groups for region in group]
        batches: Iterable[Sequence[int] | None] = [None] if keys is None else _chunks(list(keys))
        indexed = self._has_matrix_index()
        for batch in batches:
            sql = _summary_sql([len(group) for group in groups], batch, indexed=indexed)
            for row in self.connection.execute(sql, [*region_params, *(batch or ())]):
                mask = 0
                for index, part in enumerate(row[4:]):
                    mask |= int(part) << (index * _MASK_BITS)
                yield row[0], mask, int(row[1] or 0), float(row[2]), int(row[3])


def practice_evidence(
    connection: sqlite3.Connection, practice_id: str, latest: int = 3
) -> PracticeEvidence | None:
    """The evidence of one practice (None: no such practice), read on ``connection``: the
    matrix's own, or a report's, inside the read transaction that report holds."""
    practice = connection.execute(
        "SELECT title, selected, revision FROM practices WHERE id = ?", (practice_id,)
    ).fetchone()
    if practice is None:
        return None
    means = ", ".join(f"avg(n.{column}), count(n.{column})" for column, _ in SCORES)
    row = connection.execute(
        f"SELECT count(DISTINCT CASE WHEN {_TESTING} THEN n.region_id END),"
        f" sum(n.status = 'completed'), count(*), {means}"
        f" FROM test_notes n WHERE n.practice_id = ? AND {_LIVE}",
        (practice_id,),
    ).fetchone()
    scores = tuple(
        ScoreMean(column, label, row[3 + 2 * i], row[4 + 2 * i])
        for i, (column, label) in enumerate(SCORES)
    )
    regions = connection.execute(
        "SELECT DISTINCT r.name, r.country FROM test_notes n JOIN regions r ON r.id = n.region_id"
        f" WHERE n.practice_id = ? AND {_LIVE} AND {_TESTING} ORDER BY r.name COLLATE NOCASE",
        (practice_id,),
    ).fetchall()
    lines = _outcome_lines(
        connection, "n.practice_id = ? AND n.outcome <> ''", (practice_id,), latest
    )
    return PracticeEvidence(
        practice_id=practice_id,
        title=practice[0],
        selected=bool(practice[1]),
        revision=practice[2],
        regions_testing=row[0],
        completed=row[1] or 0,
        notes=row[2],
        scores=scores,
        latest=tuple(lines),
        region_labels=tuple(region_label(name, country) for name, country in regions),
    )


def _outcome_lines(
    connection: sqlite3.Connection, where: str, params: tuple[str, ...], limit: int
) -> list[OutcomeLine]:
    rows = connection.execute(
        "SELECT n.date, n.region_id, r.name, r.country, n.status, n.author, n.outcome"
        " FROM test_notes n JOIN regions r ON r.id = n.region_id"
        f" WHERE {where} AND {_LIVE} ORDER BY n.date DESC, n.updated_at DESC, n.id LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [
        OutcomeLine(
            date=date.fromisoformat(row[0]),
            region_id=row[1],
            region_label=region_label(row[2], row[3]),
            status=row[4],
            author=row[5],
            outcome=row[6],
        )
        for row in rows
    ]


def _summary_sql(
    group_sizes: list[int], batch: Sequence[int] | None, *, indexed: bool = False
) -> str:
    """Per practice: completed tests, score sum and count, then one region mask per group of
    up to 60 regions (bit ``i``: the group's region ``i`` tests the practice)."""
    masks = [
        " | ".join(f"(max(n.region_id = ? AND {_TESTING}) << {bit})" for bit in range(size))
        for size in group_sizes
    ]
    if batch is None:
        # Every note: scan the matrix index if there is one; else scan the table and group
        # in a temporary B-tree, twice as fast as walking the practice index's random reads.
        source = "test_notes n" if indexed else "test_notes n NOT INDEXED"
        where = _LIVE
    else:
        marks = ",".join("?" * len(batch))
        source = "test_notes n"
        where = (
            f"{_LIVE} AND n.practice_id IN"
            f" (SELECT practice_id FROM practice_search_keys WHERE key IN ({marks}))"
        )
    mask_columns = "".join(f", ({mask}) AS m{i}" for i, mask in enumerate(masks))
    mask_names = "".join(f", s.m{i}" for i in range(len(masks)))
    return (
        f"SELECT k.key, s.done, s.score_sum, s.score_count{mask_names} FROM ("
        f"SELECT n.practice_id AS pid, sum(n.status = 'completed') AS done,"
        f" total({_SCORE_SUM}) AS score_sum, {_SCORE_COUNT} AS score_count{mask_columns}"
        f" FROM {source} WHERE {where} GROUP BY n.practice_id"
        ") s JOIN practice_search_keys k ON k.practice_id = s.pid"
    )


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
