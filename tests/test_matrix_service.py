"""The field-test matrix's services against hand-built notes: cells, totals, evidence,
sorting, the final selection and its revision checks, and the CSV/XLSX tables."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.domain.errors import RevisionConflictError
from app.domain.models import TestNote
from app.services.matrix import Cell, MatrixReader, SortBy
from app.services.matrix.export import save_csv, save_xlsx
from app.services.matrix.selection import choose, set_selected
from tests.factories import add_note, edit_summary, practice_id, region_id, update_practice

COMPLETED, IN_PROGRESS = NoteStatus.COMPLETED, NoteStatus.IN_PROGRESS
PLANNED, DROPPED = NoteStatus.PLANNED, NoteStatus.DROPPED


@pytest.fixture
def reader(db_path: Path) -> Iterator[MatrixReader]:
    reader = MatrixReader(db_path)
    yield reader
    reader.close()


@pytest.fixture
def notes(sessions: Sessions) -> dict[str, str]:
    """Help desk: Tartu completed twice and planned once, Namur dropped, Malta in progress;
    Co-Location: Tartu planned; Web site: Namur completed, plus a note in the trash."""
    ids = {
        "desk-tartu-1": add_note(
            sessions,
            "Help desk",
            "Tartu",
            status=COMPLETED,
            date=date(2012, 3, 1),
            outcome="Companies came back",
            score_cluster_initiatives=4,
            score_enterprises=5,
        ),
        "desk-tartu-2": add_note(
            sessions,
            "Help desk",
            "Tartu",
            status=COMPLETED,
            date=date(2012, 5, 1),
            outcome="Second round full",
            score_cluster_initiatives=2,
        ),
        "desk-tartu-3": add_note(
            sessions, "Help desk", "Tartu", status=PLANNED, date=date(2012, 6, 1)
        ),
        "desk-namur": add_note(
            sessions,
            "Help desk",
            "Namur",
            status=DROPPED,
            date=date(2012, 4, 1),
            outcome="No staff",
            score_development_agencies=1,
        ),
        "desk-malta": add_note(
            sessions,
            "Help desk",
            "Malta",
            status=IN_PROGRESS,
            date=date(2012, 2, 1),
            outcome="Started",
        ),
        "coloc-tartu": add_note(sessions, "Co-Location", "Tartu", status=PLANNED),
        "web-namur": add_note(sessions, "Web site", "Namur", status=COMPLETED, score_enterprises=3),
        "web-trashed": add_note(sessions, "Web site", "Tartu", status=COMPLETED),
    }
    with sessions.write() as session:
        trashed = session.get(TestNote, ids["web-trashed"])
        assert trashed is not None
        trashed.deleted_at = datetime(2012, 7, 1, tzinfo=UTC)
    return ids


def key_of(reader: MatrixReader, sessions: Sessions, title: str) -> int:
    key = reader.practice_key(practice_id(sessions, title))
    assert key is not None
    return key


def test_cell_status_is_the_most_advanced() -> None:
    assert Cell(completed=1, planned=3).status == "completed"
    assert Cell(in_progress=1, dropped=2).status == "in_progress"
    assert Cell(planned=1, dropped=1).status == "planned"
    assert Cell(dropped=2).status == "dropped"
    assert Cell().status is None
    assert Cell(dropped=2).notes == 2 and not Cell(dropped=2).testing
    assert Cell(planned=1).testing


def test_rows_count_notes_per_cell_and_status(
    reader: MatrixReader, sessions: Sessions, notes: dict[str, str]
) -> None:
    desk, web = key_of(reader, sessions, "Help desk"), key_of(reader, sessions, "Web site")
    trainings = key_of(reader, sessions, "Trainings")
    rows = reader.rows([desk, web, trainings, 999_999])
    assert set(rows) == {desk, web, trainings}  # unknown keys are left out
    tartu, namur = region_id(sessions, "Tartu"), region_id(sessions, "Namur")
    malta = region_id(sessions, "Malta")
    row = rows[desk]
    assert row.title == "Help desk" and row.id == practice_id(sessions, "Help desk")
    assert row.cells == {
        tartu: Cell(completed=2, planned=1),
        namur: Cell(dropped=1),
        malta: Cell(in_progress=1),
    }
    assert row.cells[tartu].status == "completed" and row.cells[tartu].notes == 3
    assert row.regions_testing == 2  # Namur only dropped it
    assert row.completed == 2 and row.notes == 5
    assert row.score_count == 4 and row.mean_score == pytest.approx((4 + 5 + 2 + 1) / 4)
    # The note in the trash is not counted.
    assert rows[web].cells == {namur: Cell(completed=1)}
    assert rows[web].mean_score == 3
    assert rows[trainings].cells == {} and rows[trainings].mean_score is None


def test_summary_totals_and_order(
    reader: MatrixReader, sessions: Sessions, notes: dict[str, str]
) -> None:
    desk, web = key_of(reader, sessions, "Help desk"), key_of(reader, sessions, "Web site")
    coloc = key_of(reader, sessions, "Co-Location")
    trainings = key_of(reader, sessions, "Trainings")
    summary = reader.summary()
    tartu, namur = region_id(sessions, "Tartu"), region_id(sessions, "Namur")
    malta = region_id(sessions, "Malta")
    assert summary.regions_testing(desk) == 2
    assert summary.completed_tests(desk) == 2 and summary.completed_tests(web) == 1
    assert summary.mean_score(desk) == pytest.approx(3.0)
    assert summary.mean_score(trainings) is None and summary.regions_testing(10**9) == 0
    every = [key for keys in reader.catalogue_order().values() for key in keys]
    totals = summary.tested_per_region(every)
    assert totals[tartu] == 2  # Help desk and Co-Location; Web site's Tartu note is trashed
    assert totals[namur] == 1  # Web site; Help desk was dropped there
    assert totals[malta] == 1
    assert sum(totals.values()) == 4
    assert summary.tested_per_region([web]) == {**dict.fromkeys(totals, 0), namur: 1}

    keys = [trainings, web, coloc, desk]
    assert summary.order(keys, SortBy.REGIONS) == [desk, web, coloc, trainings]
    assert summary.order(keys, SortBy.COMPLETED) == [desk, web, coloc, trainings]
    # Equal means (3.0): more regions testing first; no score at all: last.
    assert summary.order(keys, SortBy.SCORE) == [desk, web, coloc, trainings]
    assert summary.order(keys, SortBy.REGIONS, descending=False) == [trainings, coloc, web, desk]
    assert summary.order(keys, malta)[0] == desk
    assert summary.order(keys, SortBy.SELECTED, selected={coloc})[0] == coloc
    with pytest.raises(ValueError, match="cannot sort"):
        summary.order(keys, "nonsense")
    # The same figures for a window of keys as for the whole catalogue.
    part = reader.summary([desk, web])
    assert part.mask(desk) == summary.mask(desk) and part.mask(coloc) == 0
    assert part.completed_tests(web) == 1


def test_evidence_means_counts_and_latest_outcomes(
    reader: MatrixReader, sessions: Sessions, notes: dict[str, str]
) -> None:
    evidence = reader.evidence(practice_id(sessions, "Help desk"), latest=3)
    assert evidence is not None
    assert (evidence.regions_testing, evidence.completed, evidence.notes) == (2, 2, 5)
    means = {score.column: (score.mean, score.count) for score in evidence.scores}
    assert means == {
        "score_cluster_initiatives": (3.0, 2),
        "score_development_agencies": (1.0, 1),
        "score_enterprises": (5.0, 1),
    }
    # Newest first, only notes with an outcome (the planned June note has none).
    assert [line.outcome for line in evidence.latest] == [
        "Second round full",
        "No staff",
        "Companies came back",
    ]
    assert evidence.latest[0].region_label == "Tartu (EE)"
    empty = reader.evidence(practice_id(sessions, "Trainings"))
    assert empty is not None and empty.notes == 0 and empty.completed == 0
    assert all(score.mean is None and score.count == 0 for score in empty.scores)
    assert reader.evidence("00000000-0000-0000-0000-000000000000") is None


def test_cell_notes_newest_first(
    reader: MatrixReader, sessions: Sessions, notes: dict[str, str]
) -> None:
    pid, tartu = practice_id(sessions, "Help desk"), region_id(sessions, "Tartu")
    cell = reader.cell_notes(pid, tartu, limit=2)
    assert cell.total == 3
    assert [line.date for line in cell.notes] == [date(2012, 6, 1), date(2012, 5, 1)]
    assert cell.notes[1].status == "completed" and cell.notes[1].outcome == "Second round full"


def test_catalogue_order_and_selected_keys(reader: MatrixReader, sessions: Sessions) -> None:
    order = reader.catalogue_order()
    assert sum(len(keys) for keys in order.values()) == 15
    expansion = next(node for node in reader.categories() if node.name == "Expansion")
    assert order[expansion.id] == reader.practice_keys(expansion.id)
    assert reader.selected_keys() == {} and reader.selected_count() == 0
    update_practice(sessions, "Help desk", selected=True)
    update_practice(sessions, "Trainings", selected=True)
    assert reader.selected_count() == 2
    selected = reader.selected_keys()
    assert sorted(k for keys in selected.values() for k in keys) == sorted(
        [key_of(reader, sessions, "Help desk"), key_of(reader, sessions, "Trainings")]
    )
    assert reader.summary().selected == frozenset(k for keys in selected.values() for k in keys)


def test_set_selected_is_revision_checked(reader: MatrixReader, sessions: Sessions) -> None:
    pid = practice_id(sessions, "Help desk")
    detail = reader.practice_detail(pid)
    assert detail is not None and not detail.selected
    revision = set_selected(sessions, pid, True, detail.revision)
    assert revision == detail.revision + 1
    stored = reader.practice_detail(pid)
    assert stored is not None and stored.selected and stored.revision == revision
    with pytest.raises(RevisionConflictError) as conflict:
        set_selected(sessions, pid, False, detail.revision)  # a stale revision
    assert conflict.value.found == revision
    after = reader.practice_detail(pid)
    assert after is not None and after.selected  # nothing was written
    with pytest.raises(RevisionConflictError):
        set_selected(sessions, "00000000-0000-0000-0000-000000000000", True, 1)


def test_choose_after_other_changes(reader: MatrixReader, sessions: Sessions) -> None:
    pid = practice_id(sessions, "Help desk")
    seen = reader.practice_detail(pid)
    assert seen is not None
    # Texts edited elsewhere: the flag is still written, the texts stay.
    edited = edit_summary(sessions, "Help desk", "Edited elsewhere")
    state = choose(sessions, pid, True, seen.revision)
    assert state.written and state.selected and state.revision == edited + 1
    stored = reader.practice_detail(pid)
    assert stored is not None and stored.selected and stored.summary == "Edited elsewhere"
    # Someone else already unticked it: nothing to write, the stored state comes back.
    elsewhere = set_selected(sessions, pid, False, state.revision)
    again = choose(sessions, pid, False, state.revision)
    assert not again.written and not again.selected and again.revision == elsewhere


def test_csv_and_xlsx_hold_the_selected_practices(
    reader: MatrixReader, sessions: Sessions, notes: dict[str, str], tmp_path: Path
) -> None:
    update_practice(sessions, "Help desk", selected=True)
    update_practice(sessions, "Co-Location", selected=True)
    scope = reader.selected_keys()
    report = save_csv(reader, scope, tmp_path / "final.csv")
    assert (report.practices, report.selected) == (2, 2)
    raw = (tmp_path / "final.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with (tmp_path / "final.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["Practice"] for line in lines[:-1]] == ["Co-Location", "Help desk"]
    desk = lines[1]
    assert desk["Selected"] == "yes" and desk["Category"] == "Expansion"
    assert desk["Tartu (EE)"] == "completed (3)" and desk["Namur (BE)"] == "dropped (1)"
    assert desk["Regions testing"] == "2" and desk["Completed tests"] == "2"
    assert desk["Mean score"] == "3.0" and desk["Scores set"] == "4"
    assert lines[-1]["Category"] == "Total" and lines[-1]["Tartu (EE)"] == "2"

    save_xlsx(reader, scope, tmp_path / "final.xlsx")
    sheet = load_workbook(tmp_path / "final.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = values[0]
    assert header[:3] == ["Category", "Practice", "Selected"]
    assert [row[1] for row in values[1:3]] == ["Co-Location", "Help desk"]
    tartu = header.index("Tartu (EE)")
    assert values[2][tartu] == "completed (3)"
    fill = sheet.cell(row=3, column=tartu + 1).fill.start_color.rgb
    assert str(fill).endswith("3FA682")
    assert not list(tmp_path.glob(".*.partial"))


def test_csv_escapes_formulas(reader: MatrixReader, sessions: Sessions, tmp_path: Path) -> None:
    update_practice(sessions, "Help desk", title="=HYPERLINK(1)", selected=True)
    save_csv(reader, reader.selected_keys(), tmp_path / "final.csv")
    with (tmp_path / "final.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(iter(csv.DictReader(handle)))["Practice"] == "'=HYPERLINK(1)"
