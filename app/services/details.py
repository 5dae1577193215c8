"""What the detail pane shows of one practice or category: plain, frozen data (as in
``dto.py``, apart from it so that the first paint does not build these classes; the reader
imports them when a record is first shown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.services.dto import PracticeRow, RegionInfo


@dataclass(frozen=True, slots=True)
class RegionTests:
    """How far the tests of one practice in one region got: note counts by status."""

    region: RegionInfo
    statuses: dict[str, int]
    latest: date | None


@dataclass(frozen=True, slots=True)
class PracticeDetail:
    id: str
    key: int
    title: str
    subtitle: str
    category_id: str
    category_name: str
    summary: str
    description: str
    service_type: str
    origin_region: RegionInfo | None
    source: str
    selected: bool
    revision: int
    updated_at: datetime
    tests: tuple[RegionTests, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class CategoryDetail:
    id: str
    name: str
    description: str
    practices: tuple[PracticeRow, ...]
