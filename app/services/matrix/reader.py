"""The matrix's queries (``MatrixReader``): catalogue order, rows for a window of keys, the
notes of a cell, and the one-pass summary. Like every reader it belongs to its thread."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator, Sequence

from app.services.catalogue_reader import PRACTICE_ORDER, CatalogueReader
from app.services.matrix.evidence import outcome_lines, practice_evidence
from app.services.matrix.model import (
    CHUNK,
    LIVE,
    MASK_BITS,
    ROW_FROM,
    SCORE_COUNT,
    SCORE_SUM,
    TESTING,
    Cell,
    CellNotes,
    MatrixRow,
    OutcomeLine,
    PracticeEvidence,
)
from app.services.matrix.summary import EvidenceSummary


class MatrixReader(CatalogueReader):
    """The matrix's queries. Like every reader, it belongs to the thread that created it.

    ``read_only`` True opens the file immutable (a benchmark or a file on read-only media);
    None decides from the file's permissions, as every reader does.
    """

    def catalogue_order(self) -> dict[str, list[int]]:
        """Every practice key by category id, in catalogue order within each category."""
        order: dict[str, list[int]] = {}
        for category_id, key in self.connection.execute(
            f"SELECT p.category_id, k.key FROM {ROW_FROM} ORDER BY p.category_id, {PRACTICE_ORDER}"
        ):
            order.setdefault(category_id, []).append(key)
        return order

    def selected_keys(self) -> dict[str, list[int]]:
        """The practices selected for the final catalogue, by category, in catalogue order."""
        order: dict[str, list[int]] = {}
        for category_id, key in self.connection.execute(
            f"SELECT p.category_id, k.key FROM {ROW_FROM} WHERE p.selected"
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
            f"SELECT k.key, n.region_id, n.status, count(*), total({SCORE_SUM}), {SCORE_COUNT}"
            " FROM practice_search_keys k JOIN test_notes n ON n.practice_id = k.practice_id"
            f" WHERE k.key IN ({marks}) AND {LIVE} GROUP BY k.key, n.region_id, n.status",
            keys,
        ):
            cells.setdefault(key, {}).setdefault(region_id, {})[status] = count
            total, counted = scores.get(key, (0.0, 0))
            scores[key] = (total + score_sum, counted + score_count)
        rows: dict[int, MatrixRow] = {}
        for key, pid, category_id, title, subtitle, selected, revision in self.connection.execute(
            "SELECT k.key, p.id, p.category_id, p.title, p.subtitle, p.selected, p.revision"
            f" FROM {ROW_FROM} WHERE k.key IN ({marks})",
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
            f" AND {LIVE}",
            (practice_id, region_id),
        ).fetchone()[0]
        notes = self._outcomes(
            "n.practice_id = ? AND n.region_id = ?", (practice_id, region_id), limit
        )
        return CellNotes(tuple(notes), int(total))

    def evidence(self, practice_id: str, latest: int = 3) -> PracticeEvidence | None:
        return practice_evidence(self.connection, practice_id, latest)

    def _outcomes(self, where: str, params: tuple[str, ...], limit: int) -> list[OutcomeLine]:
        return outcome_lines(self.connection, where, params, limit)

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
            for (key,) in self.connection.execute(f"SELECT k.key FROM {ROW_FROM} WHERE p.selected")
        )
        return EvidenceSummary(region_ids, masks, completed, means, selected)

    def _max_key(self) -> int:
        row = self.connection.execute("SELECT max(key) FROM practice_search_keys").fetchone()
        return int(row[0] or 0)

    def _summary_rows(
        self, region_ids: tuple[str, ...], keys: Iterable[int] | None
    ) -> Iterator[tuple[int, int, int, float, int]]:
        groups = [region_ids[i : i + MASK_BITS] for i in range(0, len(region_ids), MASK_BITS)]
        region_params = [region for group in groups for region in group]
        batches: Iterable[Sequence[int] | None] = [None] if keys is None else _chunks(list(keys))
        for batch in batches:
            sql = _summary_sql([len(group) for group in groups], batch)
            for row in self.connection.execute(sql, [*region_params, *(batch or ())]):
                mask = 0
                for index, part in enumerate(row[4:]):
                    mask |= int(part) << (index * MASK_BITS)
                yield row[0], mask, int(row[1] or 0), float(row[2]), int(row[3])


def _summary_sql(group_sizes: list[int], batch: Sequence[int] | None) -> str:
    """Per practice: completed tests, score sum and count, then one region mask per group of
    up to 60 regions (bit ``i``: the group's region ``i`` tests the practice)."""
    masks = [
        " | ".join(f"(max(n.region_id = ? AND {TESTING}) << {bit})" for bit in range(size))
        for size in group_sizes
    ]
    if batch is None:
        # Every note: scan the table and group in a temporary B-tree, twice as fast as
        # walking the practice index's random reads.
        source = "test_notes n NOT INDEXED"
        where = LIVE
    else:
        marks = ",".join("?" * len(batch))
        source = "test_notes n"
        where = (
            f"{LIVE} AND n.practice_id IN"
            f" (SELECT practice_id FROM practice_search_keys WHERE key IN ({marks}))"
        )
    mask_columns = "".join(f", ({mask}) AS m{i}" for i, mask in enumerate(masks))
    mask_names = "".join(f", s.m{i}" for i in range(len(masks)))
    return (
        f"SELECT k.key, s.done, s.score_sum, s.score_count{mask_names} FROM ("
        f"SELECT n.practice_id AS pid, sum(n.status = 'completed') AS done,"
        f" total({SCORE_SUM}) AS score_sum, {SCORE_COUNT} AS score_count{mask_columns}"
        f" FROM {source} WHERE {where} GROUP BY n.practice_id"
        ") s JOIN practice_search_keys k ON k.practice_id = s.pid"
    )


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
