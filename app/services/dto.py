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


@dataclass(frozen=True, slots=True)
class NoteSummary:
    """A row of the notes list."""

    id: str
    practice_id: str
    region_id: str
    region_label: str
    date: date
    status: str
    author: str
    first_line: str
    revision: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class NoteView:
    """A whole note, as stored."""

    id: str
    practice_id: str
    region_id: str
    region_label: str
    author: str
    date: date
    status: str
    outcome: str
    score_cluster_initiatives: int | None
    score_development_agencies: int | None
    score_enterprises: int | None
    body: str
    created_at: datetime
    updated_at: datetime
    revision: int
    deleted_at: datetime | None


@dataclass(frozen=True, slots=True)
class TrashedNote:
    id: str
    practice_title: str
    region_label: str
    date: date
    first_line: str
    deleted_at: datetime
    revision: int


@dataclass(frozen=True, slots=True)
class DraftView:
    """Unsaved editor contents kept in the database (``payload`` is JSON of NoteFields)."""

    id: str
    record_id: str | None
    practice_id: str | None
    base_revision: int | None
    payload: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    entity: str
    record_id: str
    payload: str
    base_revision: int | None
    origin: str
    created_at: datetime
