"""Closed vocabularies of the catalogue, with the words people read.

Stored values are stable identifiers (they travel in exchange files); labels are for display
and for search (``type:partnership``, ``status:completed``).
"""

from __future__ import annotations

from enum import StrEnum


class ServiceType(StrEnum):
    """The four service types of the selection method, plus "not known yet"."""

    OPEN_COLLECTIVE = "open_collective"
    CLOSED_COLLECTIVE = "closed_collective"
    PARTNERSHIP = "partnership"
    INDIVIDUAL = "individual"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _SERVICE_TYPE_LABELS[self]


class NoteStatus(StrEnum):
    """Where a regional field test of a practice stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class ConflictChoice(StrEnum):
    """How a person settles two versions of one record."""

    MINE = "mine"  # this version replaces the stored one (which stays on record)
    THEIRS = "theirs"  # the stored version stays (this one stays on record)
    BOTH = "both"  # this version becomes a separate record


_SERVICE_TYPE_LABELS = {
    ServiceType.OPEN_COLLECTIVE: "open collective",
    ServiceType.CLOSED_COLLECTIVE: "closed collective",
    ServiceType.PARTNERSHIP: "partnership",
    ServiceType.INDIVIDUAL: "individual",
    ServiceType.UNKNOWN: "not known yet",
}

SCORE_MIN = 0
SCORE_MAX = 5
