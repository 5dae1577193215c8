"""What an autosave can end in, without importing the database layer (the GUI's start-up
path checks outcomes before anything was ever saved)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.services.notes.fields import FieldError


class SaveKind(StrEnum):
    SAVED = "saved"
    DRAFT = "draft"  # invalid input: kept as a draft until it is fixed
    CONFLICT = "conflict"  # the note changed elsewhere: both versions kept
    FAILED = "failed"  # the database refused the write (disk full, read-only, locked)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    kind: SaveKind
    revision: int | None = None  # the stored revision after a save
    errors: tuple[FieldError, ...] = field(default=())
    conflict_id: str | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class EditTarget:
    """Which note the editor holds: its id (chosen up front for new notes), its practice, and
    the revision it was loaded at (None: not stored yet)."""

    note_id: str
    practice_id: str
    base_revision: int | None
