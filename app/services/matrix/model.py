"""The matrix's values and rules: cells, rows, evidence, and the SQL fragments every matrix
query shares (a live note, a testing note, the practice rows with their integer keys)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import NoteStatus

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
CHUNK = 500  # keys per query, well below SQLite's bound-parameter limit
MASK_BITS = 60  # regions per mask column (SQLite integers have 64 bits)
ROW_FROM = "practices p JOIN practice_search_keys k ON k.practice_id = p.id"
SCORE_SUM = " + ".join(f"coalesce(n.{column}, 0)" for column, _ in SCORES)
SCORE_COUNT = " + ".join(f"count(n.{column})" for column, _ in SCORES)
LIVE = "n.deleted_at IS NULL"
TESTING = "n.status <> 'dropped'"


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
