"""The data of the printed report: categories → practices → notes, as plain frozen DTOs.

The final catalogue (``ReportSelection.selected_only``) adds each practice's evidence, read
by ``app.services.matrix.practice_evidence`` (the matrix's rules, one place) on the report's
own connection.

``CatalogueReport`` holds one read transaction open while it is used, so every pass over
the practices (a large PDF is laid out twice: to count pages, then to paint) sees the same
snapshot even while a window saves notes. Practices are read one at a time, with their
notes, so memory is bounded by the largest practice, not by the catalogue.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

from app.db.connect import connect
from app.services.catalogue_reader import region_label
from app.services.matrix import PracticeEvidence, practice_evidence
from app.services.reports.conditions import note_conditions, practice_conditions
from app.services.reports.resolve import describe_selection
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords


@dataclass(frozen=True, slots=True)
class ReportNote:
    """A field-test note as printed; ``status`` in words, empty strings when unknown."""

    region: str  # "Tartu (EE)"
    date: date
    status: str
    author: str
    outcome: str
    score_cluster_initiatives: int | None
    score_development_agencies: int | None
    score_enterprises: int | None
    body: str  # Markdown


@dataclass(frozen=True, slots=True)
class ReportScore:
    """The mean of one added-value score over the notes where it is set."""

    label: str  # "cluster initiatives"
    mean: float | None  # None: not scored on any note
    count: int  # notes the mean rests on


@dataclass(frozen=True, slots=True)
class ReportOutcome:
    """One of the latest outcome lines of a practice."""

    date: date
    region: str  # "Tartu (EE)"
    status: str  # in words
    author: str
    outcome: str


@dataclass(frozen=True, slots=True)
class ReportEvidence:
    """What the field tests of a practice showed, by the matrix's rules: over every live note
    of the practice, whatever region or period the report's selection names."""

    regions: tuple[str, ...]  # the regions testing it (a note that is not dropped), by name
    completed: int  # notes whose status is completed
    notes: int  # live notes
    scores: tuple[ReportScore, ...]  # cluster initiatives, development agencies, enterprises
    latest: tuple[ReportOutcome, ...]  # newest first, notes with an outcome only

    @classmethod
    def of(cls, evidence: PracticeEvidence, words: ReportWords = ENGLISH) -> ReportEvidence:
        return cls(
            regions=evidence.region_labels,
            completed=evidence.completed,
            notes=evidence.notes,
            scores=tuple(
                ReportScore(words.score(s.column), s.mean, s.count) for s in evidence.scores
            ),
            latest=tuple(
                ReportOutcome(
                    date=line.date,
                    region=line.region_label,
                    status=words.status(line.status),
                    author=line.author,
                    outcome=line.outcome,
                )
                for line in evidence.latest
            ),
        )


@dataclass(frozen=True, slots=True)
class ReportPractice:
    """A practice with its texts (Markdown), its selected notes and, in the final catalogue
    only, its evidence (None otherwise)."""

    id: str
    category_id: str
    title: str
    subtitle: str
    summary: str
    description: str
    service_type: str  # in words; "" when not known yet
    origin_region: str  # "" when not recorded
    source: str
    selected: bool
    notes: tuple[ReportNote, ...]
    evidence: ReportEvidence | None = None


@dataclass(frozen=True, slots=True)
class ReportCategory:
    id: str
    name: str
    description: str
    practice_count: int  # practices of this category in the selection


@dataclass(frozen=True, slots=True)
class ReportOverview:
    """What the report covers: its scope in words, its categories and its totals."""

    scope: tuple[str, ...]  # ("Whole catalogue",) or ("Notes from Tartu (EE)", ...)
    categories: tuple[ReportCategory, ...]
    practice_count: int
    note_count: int
    notes_filtered: bool  # a region or a period limits the notes
    selected_only: bool = False  # the final catalogue: selected practices, with evidence


_PRACTICE_COLUMNS = (
    "p.id, p.category_id, p.title, p.subtitle, p.summary, p.description, p.service_type,"
    " r.name, r.country, p.source, p.selected"
)
_NOTE_COLUMNS = (
    "r.name, r.country, n.date, n.status, n.author, n.outcome, n.score_cluster_initiatives,"
    " n.score_development_agencies, n.score_enterprises, n.body"
)


class CatalogueReport:
    """A read-only snapshot of the selected part of the catalogue; use it in a ``with``.
    Statuses, service types, score names and the scope are in ``words`` (English by default).

    Raises ``SelectionError`` on entry when the selection names an id that does not exist.
    """

    def __init__(
        self, db_path: Path, selection: ReportSelection, words: ReportWords = ENGLISH
    ) -> None:
        self.db_path = db_path
        self.selection = selection
        self.words = words
        self._connection: sqlite3.Connection | None = None
        self._scope: list[str] = []

    def __enter__(self) -> CatalogueReport:
        self._connection = connect(self.db_path)
        try:
            self._connection.execute("BEGIN")  # one snapshot for every pass
            self._scope = describe_selection(self._connection, self.selection, self.words)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """End the read transaction and close the connection (idempotent)."""
        if self._connection is not None:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            self._connection.close()
            self._connection = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise RuntimeError("use CatalogueReport in a with statement")
        return self._connection

    def overview(self) -> ReportOverview:
        """The scope, the categories that appear (in catalogue order) and the totals.

        The whole catalogue lists every category, even an empty one; a selection lists only
        the categories that have selected practices (a category selection keeps its own).
        """
        selection = self.selection
        practices, params = practice_conditions(selection, needs_notes=True)
        rows = self.connection.execute(
            "SELECT c.id, c.name, c.description,"
            f" (SELECT count(*) FROM practices p WHERE p.category_id = c.id AND {practices})"
            " FROM categories c ORDER BY c.position, c.name",
            params,
        ).fetchall()
        keep_empty = (
            selection.practice_id is None
            and selection.region_id is None
            and not selection.selected_only
        )
        categories = tuple(
            ReportCategory(row[0], row[1], row[2], row[3])
            for row in rows
            if row[3] > 0 or (keep_empty and selection.category_id in (None, row[0]))
        )
        notes, note_params = note_conditions(selection, "n")
        note_count = self.connection.execute(
            "SELECT count(*) FROM test_notes n JOIN practices p ON p.id = n.practice_id"
            f" WHERE {notes} AND {practices}",
            [*note_params, *params],
        ).fetchone()[0]
        return ReportOverview(
            scope=tuple(self._scope),
            categories=categories,
            practice_count=sum(c.practice_count for c in categories),
            note_count=int(note_count),
            notes_filtered=any(
                value is not None
                for value in (selection.region_id, selection.since, selection.until)
            ),
            selected_only=selection.selected_only,
        )

    def practices(self, category_id: str) -> Iterator[ReportPractice]:
        """The selected practices of a category, in catalogue order, each with its notes
        (by region, then date) and, in the final catalogue, its evidence."""
        practices, params = practice_conditions(self.selection, needs_notes=True)
        cursor = self.connection.execute(
            f"SELECT {_PRACTICE_COLUMNS} FROM practices p"
            " LEFT JOIN regions r ON r.id = p.origin_region_id"
            f" WHERE p.category_id = ? AND {practices} ORDER BY p.position, p.title, p.id",
            [category_id, *params],
        )
        for row in cursor:
            yield ReportPractice(
                id=row[0],
                category_id=row[1],
                title=row[2],
                subtitle=row[3],
                summary=row[4],
                description=row[5],
                service_type=self.words.service_type(row[6]),
                origin_region="" if row[7] is None else region_label(row[7], row[8]),
                source=row[9],
                selected=bool(row[10]),
                notes=self._notes(row[0]),
                evidence=self._evidence(row[0]) if self.selection.selected_only else None,
            )

    def _evidence(self, practice_id: str) -> ReportEvidence | None:
        evidence = practice_evidence(self.connection, practice_id)
        return None if evidence is None else ReportEvidence.of(evidence, self.words)

    def _notes(self, practice_id: str) -> tuple[ReportNote, ...]:
        notes, params = note_conditions(self.selection, "n")
        rows = self.connection.execute(
            f"SELECT {_NOTE_COLUMNS} FROM test_notes n JOIN regions r ON r.id = n.region_id"
            f" WHERE n.practice_id = ? AND {notes}"
            " ORDER BY r.name COLLATE NOCASE, n.date, n.created_at, n.id",
            [practice_id, *params],
        )
        return tuple(
            ReportNote(
                region=region_label(row[0], row[1]),
                date=date.fromisoformat(row[2]),
                status=self.words.status(row[3]),
                author=row[4],
                outcome=row[5],
                score_cluster_initiatives=row[6],
                score_development_agencies=row[7],
                score_enterprises=row[8],
                body=row[9],
            )
            for row in rows
        )
