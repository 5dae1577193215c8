"""The notes table of the CSV and XLSX reports: one plain row per note, streamed.

Rows come in catalogue order (category, practice), then by region and date, from one
``SELECT`` on a stdlib ``sqlite3`` connection: a consistent snapshot, read row by row.
Notes in the trash are never included.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.connect import connect
from app.services.reports.conditions import note_conditions, practice_conditions
from app.services.reports.resolve import describe_selection
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, HEADERS, ReportWords

__all__ = ["HEADERS", "NoteRow", "count_note_rows", "note_rows"]


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One note as a spreadsheet row; ``status`` in words ("in progress", or translated)."""

    practice: str
    category: str
    region: str
    country: str
    date: date
    status: str
    author: str
    outcome: str
    score_cluster_initiatives: int | None
    score_development_agencies: int | None
    score_enterprises: int | None
    text: str


_SELECT = (
    "SELECT p.title, c.name, r.name, r.country, n.date, n.status, n.author, n.outcome,"
    " n.score_cluster_initiatives, n.score_development_agencies, n.score_enterprises, n.body"
    " FROM test_notes n"
    " JOIN practices p ON p.id = n.practice_id"
    " JOIN categories c ON c.id = p.category_id"
    " JOIN regions r ON r.id = n.region_id"
)
_ORDER = (
    " ORDER BY c.position, c.name, p.position, p.title, p.id,"
    " r.name COLLATE NOCASE, n.date, n.created_at, n.id"
)


def note_rows(
    db_path: Path, selection: ReportSelection, words: ReportWords = ENGLISH
) -> Iterator[NoteRow]:
    """The selected notes, one ``NoteRow`` each, read lazily (a generator); statuses in
    ``words``.

    Raises ``SelectionError`` (on the first ``next``) when the selection names an id that
    is not in the database. The connection closes when the generator ends or is closed.
    """
    connection = connect(db_path)
    try:
        describe_selection(connection, selection)  # unknown ids are an error, not "no rows"
        notes, note_params = note_conditions(selection, "n")
        practices, practice_params = practice_conditions(selection, needs_notes=False)
        cursor = connection.execute(
            f"{_SELECT} WHERE {notes} AND {practices}{_ORDER}", [*note_params, *practice_params]
        )
        for row in cursor:
            yield NoteRow(
                practice=row[0],
                category=row[1],
                region=row[2],
                country=row[3],
                date=date.fromisoformat(row[4]),
                status=words.status(row[5]),
                author=row[6],
                outcome=row[7],
                score_cluster_initiatives=row[8],
                score_development_agencies=row[9],
                score_enterprises=row[10],
                text=row[11],
            )
    finally:
        connection.close()


def count_note_rows(db_path: Path, selection: ReportSelection) -> int:
    """How many rows ``note_rows`` yields for this selection (for progress)."""
    connection = connect(db_path)
    try:
        notes, note_params = note_conditions(selection, "n")
        practices, practice_params = practice_conditions(selection, needs_notes=False)
        row = connection.execute(
            "SELECT count(*) FROM test_notes n JOIN practices p ON p.id = n.practice_id"
            f" WHERE {notes} AND {practices}",
            [*note_params, *practice_params],
        ).fetchone()
        return int(row[0])
    finally:
        connection.close()
