"""The notes' plain, frozen data handed to the UI: a list row, a whole note, a trashed note,
a draft, a conflict. Apart from ``dto.py`` so that the first paint does not build these
classes (a frozen, slotted dataclass costs about half a millisecond to create); the notes'
reader imports them when it first reads notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
