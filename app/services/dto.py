"""Plain, frozen data handed to the UI and the CLI: no ORM objects, no sessions, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class CategoryNode:
    id: str
    name: str
    description: str
    position: int
    total: int  # practices in the category


@dataclass(frozen=True, slots=True)
class PracticeRow:
    """What a tree row shows; ``key`` is the compact integer the models hold."""

    key: int
    id: str
    category_id: str
    title: str
    subtitle: str


@dataclass(frozen=True, slots=True)
class RegionInfo:
    id: str
    name: str
    country: str
    partner_organisation: str = ""
    lead_partner: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.name != self.country else self.name


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


# The notes' data (NoteSummary, NoteView, TrashedNote, DraftView, ConflictView) is in
# ``app/services/notes/views.py``: built only when notes are first read, not at start-up.
