"""Plain, frozen data handed to the UI and the CLI: no ORM objects, no sessions, no Qt."""

from __future__ import annotations

from dataclasses import dataclass


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


# What one practice or category holds (PracticeDetail, CategoryDetail, RegionTests) is in
# ``app/services/details.py``, and the notes' data (NoteSummary, NoteView, TrashedNote,
# DraftView, ConflictView) in ``app/services/notes/views.py``: their classes are built when
# first read, not at start-up (a frozen, slotted dataclass costs about half a millisecond).
