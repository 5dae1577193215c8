"""Read-only queries behind the browse window, on a plain ``sqlite3`` connection.

Plain SQL on purpose: this is the start-up path (see ``app.db``), and the lists it serves can
hold 100,000 practices, so it returns integer keys first and rows only for the keys shown.
A reader belongs to the thread that created it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from app.domain.timestamps import parse_utc
from app.services.dto import CategoryNode, PracticeRow, RegionInfo
from app.services.lazy_connection import LazyConnection

if TYPE_CHECKING:  # imported where built: a record shown, not the first paint
    from app.services.details import CategoryDetail, PracticeDetail, RegionTests

# The one order of practices within a category, everywhere.
PRACTICE_ORDER = "p.position, p.title, p.id"  # served by ix_practices_order
_ROW_COLUMNS = "k.key, p.id, p.category_id, p.title, p.subtitle"
_ROW_FROM = "practices p JOIN practice_search_keys k ON k.practice_id = p.id"
_IN_CHUNK = 500  # stay well below SQLite's bound-parameter limit
# The lists the tree shows are read as one JSON array each: one step of SQLite, so the GUI
# thread takes the interpreter's lock back once, not once per row. While another thread ran
# Python (an import, an indexer), each row waited up to the 5 ms switch interval for it: a
# screenful of rows took the window 75 ms.


class CatalogueReader(LazyConnection):
    """The catalogue side of the read path: categories, practice keys and rows, details."""

    def categories(self) -> list[CategoryNode]:
        rows = self.connection.execute(
            "SELECT c.id, c.name, c.description, c.position,"
            " (SELECT count(*) FROM practices p WHERE p.category_id = c.id)"
            " FROM categories c ORDER BY c.position, c.name"
        ).fetchall()
        return [CategoryNode(*row) for row in rows]

    def practice_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM practices").fetchone()[0])

    def practice_keys(self, category_id: str) -> list[int]:
        (keys,) = self.connection.execute(
            f"SELECT json_group_array(key) FROM (SELECT k.key AS key FROM {_ROW_FROM}"
            f" WHERE p.category_id = ? ORDER BY {PRACTICE_ORDER})",
            (category_id,),
        ).fetchone()
        ordered: list[int] = json.loads(keys)
        return ordered

    def practice_rows(self, keys: Iterable[int]) -> dict[int, PracticeRow]:
        result: dict[int, PracticeRow] = {}
        for chunk in _chunks(list(keys)):
            marks = ",".join("?" * len(chunk))
            (rows,) = self.connection.execute(
                f"SELECT json_group_array(json_array({_ROW_COLUMNS}))"
                f" FROM {_ROW_FROM} WHERE k.key IN ({marks})",
                chunk,
            ).fetchone()
            for row in json.loads(rows):
                result[row[0]] = PracticeRow(*row)
        return result

    def practice_key(self, practice_id: str) -> int | None:
        row = self.connection.execute(
            "SELECT key FROM practice_search_keys WHERE practice_id = ?", (practice_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def practice_detail(self, practice_id: str) -> PracticeDetail | None:
        from app.services.details import PracticeDetail

        row = self.connection.execute(
            "SELECT p.id, k.key, p.title, p.subtitle, p.category_id, c.name, p.summary,"
            " p.description, p.service_type, p.origin_region_id, p.source, p.selected,"
            " p.revision, p.updated_at"
            f" FROM {_ROW_FROM} JOIN categories c ON c.id = p.category_id WHERE p.id = ?",
            (practice_id,),
        ).fetchone()
        if row is None:
            return None
        regions = self.regions_by_id()
        return PracticeDetail(
            id=row[0],
            key=row[1],
            title=row[2],
            subtitle=row[3],
            category_id=row[4],
            category_name=row[5],
            summary=row[6],
            description=row[7],
            service_type=row[8],
            origin_region=regions.get(row[9]) if row[9] else None,
            source=row[10],
            selected=bool(row[11]),
            revision=row[12],
            updated_at=parse_utc(row[13]),
            tests=self._tests(practice_id, regions),
        )

    def _tests(self, practice_id: str, regions: dict[str, RegionInfo]) -> tuple[RegionTests, ...]:
        from app.services.details import RegionTests

        rows = self.connection.execute(
            "SELECT region_id, status, count(*), max(date) FROM test_notes"
            " WHERE practice_id = ? AND deleted_at IS NULL GROUP BY region_id, status",
            (practice_id,),
        ).fetchall()
        by_region: dict[str, tuple[dict[str, int], list[str]]] = {}
        for region_id, status, count, latest in rows:
            statuses, dates = by_region.setdefault(region_id, ({}, []))
            statuses[status] = count
            dates.append(latest)
        tests = [
            RegionTests(regions[rid], statuses, date.fromisoformat(max(dates)))
            for rid, (statuses, dates) in by_region.items()
            if rid in regions
        ]
        return tuple(sorted(tests, key=lambda t: t.region.name.casefold()))

    def category_detail(self, category_id: str) -> CategoryDetail | None:
        from app.services.details import CategoryDetail

        row = self.connection.execute(
            "SELECT id, name, description FROM categories WHERE id = ?", (category_id,)
        ).fetchone()
        if row is None:
            return None
        practices = self.connection.execute(
            f"SELECT {_ROW_COLUMNS} FROM {_ROW_FROM} WHERE p.category_id = ?"
            f" ORDER BY {PRACTICE_ORDER} LIMIT 200",
            (category_id,),
        ).fetchall()
        return CategoryDetail(row[0], row[1], row[2], tuple(PracticeRow(*p) for p in practices))

    def regions(self) -> list[RegionInfo]:
        rows = self.connection.execute(
            "SELECT id, name, country, partner_organisation, lead_partner FROM regions"
            " ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [RegionInfo(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def regions_by_id(self) -> dict[str, RegionInfo]:
        return {region.id: region for region in self.regions()}


def first_line(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#>*-+ ").strip()
        if stripped:
            return stripped
    return ""


def region_label(name: str, country: str) -> str:
    """ "Tartu (EE)", or just "Malta" when the region is named like its country code."""
    return f"{name} ({country})" if name != country else name


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]
