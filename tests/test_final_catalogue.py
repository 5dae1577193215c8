"""File → Export final catalogue…: the practices selected for the final catalogue, as a PDF
with their evidence, read back with poppler's ``pdftotext``/``pdfinfo``.

The evidence follows the matrix's rules (``app.services.matrix``): a region tests a practice
when it holds a live note that is not dropped; means are over the live notes where a score is
set. An empty selection still writes a PDF: one page that says no practice is selected.
"""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.reports.catalogue_report import CatalogueReport, ReportPractice
from app.services.reports.note_rows import note_rows
from app.services.reports.resolve import check_selection
from app.services.reports.selection import ReportSelection
from tests.factories import add_note, update_practice
from tests.test_reports import needs_poppler, pdf_pages, pdf_text

GENERATED = date(2026, 11, 27)
SELECTED = ("Help desk", "Trainings", "Cluster Development Programme")
FINAL = ReportSelection(selected_only=True)


@pytest.fixture
def final(sessions: Sessions) -> Sessions:
    """Three selected practices in three categories; notes on them and on one not selected.

    Help desk: Tartu completed twice, Slovenia in progress, Namur dropped, Stuttgart trashed.
    Trainings: no note. Cluster Development Programme: one planned note in Greece.
    """
    for title in SELECTED:
        update_practice(sessions, title, selected=True)
    help_desk: list[tuple[str, NoteStatus, date, str, dict[str, Any]]] = [
        (
            "Tartu",
            NoteStatus.COMPLETED,
            date(2012, 3, 1),
            "Adopted by two clusters",
            {"score_cluster_initiatives": 5, "score_enterprises": 4},
        ),
        ("Tartu", NoteStatus.COMPLETED, date(2012, 6, 1), "Second round", {"score_enterprises": 5}),
        (
            "Slovenia",
            NoteStatus.IN_PROGRESS,
            date(2012, 5, 1),
            "Running in Kočevje",
            {"score_cluster_initiatives": 2, "score_enterprises": 3},
        ),
        ("Namur", NoteStatus.DROPPED, date(2012, 7, 1), "No budget", {"score_enterprises": 2}),
    ]
    for region, status, day, outcome, scores in help_desk:
        add_note(sessions, "Help desk", region, status=status, date=day, outcome=outcome, **scores)
    add_note(
        sessions,
        "Help desk",
        "Stuttgart",
        status=NoteStatus.COMPLETED,
        date=date(2012, 8, 1),
        outcome="TRASHED outcome",
        score_development_agencies=1,
        deleted_at=datetime(2012, 8, 2, tzinfo=UTC),
    )
    add_note(
        sessions,
        "Cluster Development Programme",
        "Greece",
        date=date(2013, 2, 3),
        outcome="<b>Bold</b> & ![img](x.png)",
        body="# Plan\n\nA **plan** for Athens.",
    )
    add_note(
        sessions,
        "Web site",
        "Tartu",
        status=NoteStatus.COMPLETED,
        outcome="UNSELECTED outcome",
        body="UNSELECTED note",
    )
    return sessions


def _titles(db_path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(db_path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM practices")]
    finally:
        connection.close()


def _practices(db_path: Path, selection: ReportSelection) -> dict[str, ReportPractice]:
    with CatalogueReport(db_path, selection) as report:
        return {
            practice.title: practice
            for category in report.overview().categories
            for practice in report.practices(category.id)
        }


def _layout_text(path: Path) -> str:
    """The PDF's text line by line as laid out (a table's rows stay rows), whitespace
    collapsed."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.decode("utf-8").split())


def _final_pdf(db_path: Path, target: Path) -> tuple[int, str]:
    from app.ui.transfers.final_catalogue import write_final_catalogue

    pages = write_final_catalogue(db_path, target, generated=GENERATED)
    return pages, pdf_text(target)


# --- The selection (Qt-free) ----------------------------------------------------------------


def test_selected_only_limits_practices_categories_and_notes(
    final: Sessions, db_path: Path
) -> None:
    assert check_selection(db_path, FINAL) == ["Practices selected for the final catalogue"]
    with CatalogueReport(db_path, FINAL) as report:
        overview = report.overview()
    assert overview.selected_only and not overview.notes_filtered
    assert [c.name for c in overview.categories] == [
        "Education and training",
        "Expansion",
        "Policy actions",
    ]  # categories without a selected practice are left out
    assert (overview.practice_count, overview.note_count) == (3, 5)  # not the trashed one
    assert set(_practices(db_path, FINAL)) == set(SELECTED)
    rows = list(note_rows(db_path, FINAL))  # the CSV/XLSX notes table follows it too
    assert {row.practice for row in rows} == {"Help desk", "Cluster Development Programme"}
    assert len(rows) == 5


def test_evidence_is_only_in_the_final_catalogue(final: Sessions, db_path: Path) -> None:
    practices = _practices(db_path, FINAL)
    help_desk = practices["Help desk"].evidence
    assert help_desk is not None
    assert help_desk.regions == ("Slovenia (SI)", "Tartu (EE)")  # Namur's test was dropped
    assert (help_desk.completed, help_desk.notes) == (2, 4)  # the trashed note is not evidence
    assert [(s.label, s.mean, s.count) for s in help_desk.scores] == [
        ("cluster initiatives", 3.5, 2),
        ("development agencies", None, 0),
        ("enterprises", 3.5, 4),
    ]
    assert [(line.date, line.region, line.status, line.outcome) for line in help_desk.latest] == [
        (date(2012, 7, 1), "Namur (BE)", "dropped", "No budget"),
        (date(2012, 6, 1), "Tartu (EE)", "completed", "Second round"),
        (date(2012, 5, 1), "Slovenia (SI)", "in progress", "Running in Kočevje"),
    ]
    trainings = practices["Trainings"].evidence
    assert trainings is not None
    assert (trainings.regions, trainings.completed, trainings.notes, trainings.latest) == (
        (),
        0,
        0,
        (),
    )
    assert all(s.mean is None and s.count == 0 for s in trainings.scores)
    # Other reports carry no evidence.
    assert all(p.evidence is None for p in _practices(db_path, ReportSelection()).values())


# --- The PDF ---------------------------------------------------------------------------------


@needs_poppler
def test_final_catalogue_pdf_has_exactly_the_selected_practices(
    qapp: Any, final: Sessions, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "final.pdf"
    pages, text = _final_pdf(db_path, target)
    assert pages == pdf_pages(target) >= 3  # each category starts a page
    info = subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Title: Final catalogue" in " ".join(info.split())
    assert text.startswith("Final catalogue Practices selected for the final catalogue")
    # Every page's header, and the title block on the first page.
    assert text.count("Final catalogue Practices selected for the final catalogue") == pages + 1
    assert "3 practices · 5 notes" in text
    assert "Good Practices Catalogue" not in text
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    for title in _titles(db_path):
        assert (title in text) == (title in SELECTED), title
    assert "UNSELECTED" not in text and "TRASHED" not in text
    assert "Commercial cooperation" not in text and "Research and networking" not in text


@needs_poppler
def test_final_catalogue_pdf_shows_the_evidence(
    qapp: Any, final: Sessions, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "final.pdf"
    _final_pdf(db_path, target)
    text = _layout_text(target)
    help_desk = text[text.index("Help desk") : text.index("Policy actions")]
    evidence = help_desk[help_desk.index("Evidence") : help_desk.index("Field-test notes (4)")]
    assert evidence == (
        "Evidence"
        " Regions tested Slovenia (SI), Tartu (EE)"
        " Completed tests 2 of 4 notes"
        " Added value Cluster initiatives: 3.5 (2 notes)"
        " Development agencies: not scored"
        " Enterprises: 3.5 (4 notes)"
        " Latest outcomes 2012-07-01 · Namur (BE) · dropped: No budget"
        " 2012-06-01 · Tartu (EE) · completed: Second round"
        " 2012-05-01 · Slovenia (SI) · in progress: Running in Kočevje "
    )
    # The evidence comes after the practice's texts, before its notes.
    assert help_desk.index("Description") < help_desk.index("Evidence")

    trainings = text[text.index("Trainings") : text.index("Expansion")]
    assert (
        "Evidence Regions tested Not tested in any region yet Completed tests No notes yet"
        " Added value Not scored Latest outcomes No outcome recorded yet"
    ) in trainings

    programme = text[text.index("Cluster Development Programme") :]
    assert "Completed tests 0 of 1 note" in programme
    # An outcome is plain text: raw HTML and Markdown stay as typed, nothing is loaded.
    assert "2013-02-03 · Greece (GR) · planned: <b>Bold</b> & ![img](x.png)" in programme
    assert "Plan A plan for Athens." in programme


@needs_poppler
def test_final_catalogue_without_a_selected_practice_is_one_page_saying_so(
    qapp: Any, sessions: Sessions, db_path: Path, tmp_path: Path
) -> None:
    add_note(sessions, "Help desk", "Tartu", outcome="not selected")
    target = tmp_path / "empty.pdf"
    pages, text = _final_pdf(db_path, target)
    assert pages == pdf_pages(target) == 1
    assert "0 practices · 0 notes" in text
    assert "No practice is selected for the final catalogue" in text
    assert "Mark practices for the final catalogue first" in text
    assert "Help desk" not in text and "Expansion" not in text


def test_final_catalogue_to_a_stream_with_progress(
    qapp: Any, final: Sessions, db_path: Path
) -> None:
    from app.ui.transfers.final_catalogue import write_final_catalogue

    out = io.BytesIO()
    seen: list[tuple[int, int]] = []

    def follow(done: int, total: int) -> None:
        seen.append((done, total))

    assert write_final_catalogue(db_path, out, progress=follow) >= 3
    assert out.getvalue().startswith(b"%PDF")
    assert seen[-1] == (3, 3)
