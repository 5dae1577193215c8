"""The field-test matrix window and its model, driven through Qt: the model contract, cells,
totals, sorting, ticking the final selection, opening a cell's notes, following the main
window's filter, and the exported PNG, CSV and XLSX."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.catalogue_reader import CatalogueReader
from app.services.matrix import MatrixReader
from app.services.search.searcher import Searcher
from app.services.store import CatalogueStore
from app.ui.common.roles import NodeKind, Role
from app.ui.matrix.model import FIRST_REGION, Column, Evidence, MatrixModel, MatrixRole
from app.ui.matrix.window import MatrixWindow, save_png
from app.ui.practice.selection_toggle import SelectionToggle
from tests.factories import add_note, edit_summary, practice_id, region_id, update_practice

COMPLETED, PLANNED = NoteStatus.COMPLETED, NoteStatus.PLANNED


@pytest.fixture
def notes(sessions: Sessions) -> None:
    add_note(sessions, "Help desk", "Tartu", status=COMPLETED, outcome="Companies came back")
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        status=PLANNED,
        date=date(2012, 6, 1),
        outcome="A second round",
        score_enterprises=4,
    )
    add_note(sessions, "Help desk", "Namur", status=NoteStatus.DROPPED, outcome="No staff")
    add_note(sessions, "Co-Location", "Malta", status=COMPLETED)
    add_note(sessions, "Co-Location", "Tartu", status=COMPLETED)
    add_note(sessions, "Web site", "Greece", status=NoteStatus.IN_PROGRESS)


@pytest.fixture
def reader(db_path: Path) -> Iterator[MatrixReader]:
    reader = MatrixReader(db_path)
    yield reader
    reader.close()


@pytest.fixture
def store(db_path: Path) -> Iterator[CatalogueStore]:
    store = CatalogueStore(db_path)
    yield store
    store.dispose()


@pytest.fixture
def matrix(qtbot, db_path: Path, store: CatalogueStore, notes: None) -> Iterator[MatrixWindow]:  # type: ignore[no-untyped-def]
    window = MatrixWindow(db_path, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.summary is not None, timeout=10_000)
    yield window
    window.shutdown()


def titles(model: MatrixModel) -> list[str]:
    return [
        model.index(row, Column.PRACTICE).data()
        for row in range(model.rowCount())
        if model.index(row, Column.PRACTICE).data(Role.KIND) == NodeKind.PRACTICE
    ]


def row_of(model: MatrixModel, title: str) -> int:
    return next(
        row
        for row in range(model.rowCount())
        if model.index(row, Column.PRACTICE).data(Role.KIND) == NodeKind.PRACTICE
        and model.index(row, Column.PRACTICE).data() == title
    )


def double_click(qtbot, view: QTableView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    """What a person's double-click sends: QTest's mouseDClick alone sends only the
    double-click event, without the press an item view needs first."""
    spot = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_model_contract(
    qtmodeltester, reader: MatrixReader, store: CatalogueStore, notes: None
) -> None:  # type: ignore[no-untyped-def]
    model = MatrixModel(reader, store)
    qtmodeltester.check(model, force_py=False)
    model.set_summary(reader.summary())
    model.sort(model.evidence_column(Evidence.COMPLETED), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=False)


def test_model_contract_filtered(qtmodeltester, reader: MatrixReader, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = MatrixModel(reader)
    searcher = Searcher(db_path)
    model.apply(searcher.search("desk"))
    searcher.close()
    qtmodeltester.check(model, force_py=False)


def test_rows_cells_and_totals(reader: MatrixReader, sessions: Sessions, notes: None) -> None:
    model = MatrixModel(reader)
    assert model.rowCount() == 6 + 15  # a header row per category, then its practices
    assert model.columnCount() == FIRST_REGION + 7 + len(Evidence)
    first = model.index(0, Column.PRACTICE)
    assert (
        first.data(Role.KIND) == NodeKind.CATEGORY and first.data() == "Education and training  1"
    )
    assert not model.flags(model.index(0, Column.SELECTED)) & Qt.ItemFlag.ItemIsUserCheckable
    row = row_of(model, "Help desk")
    assert model.flags(model.index(row, Column.SELECTED)) & Qt.ItemFlag.ItemIsUserCheckable
    tartu = model.index(row, model.region_column(region_id(sessions, "Tartu")))
    assert tartu.data() == "● 2"  # completed beats planned; two notes
    assert tartu.data(MatrixRole.STATUS) == "completed" and tartu.data(MatrixRole.NOTES) == 2
    assert tartu.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#3fa682"
    assert tartu.data(MatrixRole.PRACTICE_ID) == practice_id(sessions, "Help desk")
    tip = tartu.data(Qt.ItemDataRole.ToolTipRole)
    assert "A second round" in tip and "Companies came back" in tip
    assert tip.index("A second round") < tip.index("Companies came back")  # newest first
    namur = model.index(row, model.region_column(region_id(sessions, "Namur")))
    assert namur.data() == "✕ 1" and namur.data(MatrixRole.STATUS) == "dropped"
    assert model.index(row, model.evidence_column(Evidence.REGIONS)).data() == "1"
    assert model.index(row, model.evidence_column(Evidence.COMPLETED)).data() == "1"
    assert model.index(row, model.evidence_column(Evidence.SCORE)).data() == "4.0 (1)"

    tartu_column = model.region_column(region_id(sessions, "Tartu"))
    assert model.headerData(tartu_column, Qt.Orientation.Horizontal) == "Tartu\n…"
    model.set_summary(reader.summary())
    assert model.headerData(tartu_column, Qt.Orientation.Horizontal) == "Tartu\n2"
    expansion = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 1).data(Role.NAME) is None
        and str(model.index(r, 1).data()).startswith("Expansion")
    )
    assert model.index(expansion, tartu_column).data() == "2"  # Help desk and Co-Location


def test_sorting_by_evidence_keeps_categories(
    reader: MatrixReader,
    notes: None,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    model = MatrixModel(reader)
    before = titles(model)
    model.sort(model.evidence_column(Evidence.REGIONS), Qt.SortOrder.DescendingOrder)
    assert model.sort_pending and titles(model) == before  # waits for the evidence
    with qtbot.waitSignal(model.sortApplied):
        model.set_summary(reader.summary())
    after = titles(model)
    assert sorted(after) == sorted(before)
    expansion = after[1:7]  # Trainings is alone in its category
    assert expansion[:2] == ["Co-Location", "Help desk"]  # 2 regions, then 1
    research = after[7:11]
    assert research[0] == "Web site"
    model.sort(Column.PRACTICE, Qt.SortOrder.AscendingOrder)
    assert titles(model) == before


def test_ticking_selection_in_the_view(
    qtbot,
    matrix: MatrixWindow,
    sessions: Sessions,
    reader: MatrixReader,  # type: ignore[no-untyped-def]
) -> None:
    model, table = matrix.model, matrix.table
    assert matrix.counter.text() == "0 selected"
    row = row_of(model, "Help desk")
    index = model.index(row, Column.SELECTED)
    table.scrollTo(index)
    rect = table.visualRect(index)
    spot = QPoint(
        rect.left()
        + table.style().pixelMetric(table.style().PixelMetric.PM_IndicatorWidth) // 2
        + 4,
        rect.center().y(),
    )
    with qtbot.waitSignal(matrix.selectionToggled) as toggled:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    pid = practice_id(sessions, "Help desk")
    assert toggled.args[:2] == [pid, True]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert matrix.counter.text() == "1 selected"
    stored = reader.practice_detail(pid)
    assert stored is not None and stored.selected and stored.revision == toggled.args[2]
    # The keyboard does the same: Space on the current checkbox unticks it.
    table.setCurrentIndex(index)
    table.setFocus()
    with qtbot.waitSignal(matrix.selectionToggled) as again:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert again.args[:2] == [pid, False] and matrix.counter.text() == "0 selected"


def test_selection_survives_an_edit_elsewhere(
    matrix: MatrixWindow, sessions: Sessions, reader: MatrixReader
) -> None:
    model = matrix.model
    index = model.index(row_of(model, "Web site"), Column.SELECTED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # row cached
    edit_summary(sessions, "Web site", "Edited in another window")
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    stored = reader.practice_detail(practice_id(sessions, "Web site"))
    assert stored is not None and stored.selected and stored.summary == "Edited in another window"


def test_double_click_opens_a_cells_notes(
    qtbot,
    matrix: MatrixWindow,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    model, table = matrix.model, matrix.table
    row = row_of(model, "Co-Location")
    index = model.index(row, model.region_column(region_id(sessions, "Malta")))
    table.scrollTo(index)
    with qtbot.waitSignal(matrix.openNotes) as opened:
        double_click(qtbot, table, index)
    assert opened.args == [practice_id(sessions, "Co-Location"), region_id(sessions, "Malta")]
    assert "Co-Location" in matrix.evidence.text()
    assert "Tested in 2 of 7 region" in matrix.evidence.text()  # English plural: catalogue
    title = model.index(row, Column.PRACTICE)
    with qtbot.waitSignal(matrix.openNotes) as all_regions:
        double_click(qtbot, table, title)
    assert all_regions.args == [practice_id(sessions, "Co-Location"), ""]


def test_follows_the_main_filter(
    qtbot,
    matrix: MatrixWindow,
    db_path: Path,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    searcher = Searcher(db_path)
    matrix.apply(searcher.search("desk"))
    assert sorted(titles(matrix.model)) == [
        "Help desk",
        "Information Desk for funding and financing",
    ]
    status = matrix.status.text()  # "2 practices" with the English catalogue's plurals
    assert status.startswith("2 practice") and status.endswith("match the filter")
    tartu = matrix.model.region_column(region_id(sessions, "Tartu"))
    assert matrix.model.headerData(tartu, Qt.Orientation.Horizontal) == "Tartu\n1"
    matrix.apply(searcher.search("zzzz"))
    assert matrix.model.rowCount() == 0 and matrix.stack.currentWidget() is matrix.empty_state
    matrix.apply(None)
    assert len(titles(matrix.model)) == 15
    assert matrix.model.headerData(tartu, Qt.Orientation.Horizontal) == "Tartu\n2"
    searcher.close()


def test_refresh_follows_new_notes_and_order_combo(
    qtbot,
    matrix: MatrixWindow,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    model = matrix.model
    add_note(sessions, "Trainings", "France", status=COMPLETED)
    add_note(sessions, "Trainings", "Greece", status=COMPLETED)
    add_note(sessions, "Trainings", "Tartu", status=COMPLETED)
    old = model.summary
    matrix.refresh()
    france = model.region_column(region_id(sessions, "France"))
    assert model.index(row_of(model, "Trainings"), france).data() == "● 1"
    qtbot.waitUntil(lambda: model.summary is not old, timeout=10_000)
    assert model.headerData(france, Qt.Orientation.Horizontal) == "France\n1"
    matrix.order.setCurrentIndex(2)  # Most completed tests
    header = matrix.table.horizontalHeader()
    assert header.sortIndicatorSection() == model.evidence_column(Evidence.COMPLETED)
    assert titles(model)[1:3] == ["Co-Location", "Help desk"]
    header.setSortIndicator(FIRST_REGION, Qt.SortOrder.DescendingOrder)  # a region's column
    assert matrix.order.currentText() == "By France ↓"
    matrix.sort_by("catalogue")
    assert matrix.order.currentText() == "Catalogue order" and matrix.order.count() == 5


def test_exports_hold_the_selected_practices(
    qtbot,  # type: ignore[no-untyped-def]
    matrix: MatrixWindow,
    sessions: Sessions,
    tmp_path: Path,
) -> None:
    update_practice(sessions, "Help desk", selected=True)
    update_practice(sessions, "Web site", selected=True)
    matrix.refresh()  # rows at once; the count comes with the evidence, once changes pause
    qtbot.waitUntil(lambda: matrix.counter.text() == "2 selected", timeout=10_000)
    message = matrix.export(tmp_path / "final.png")
    assert "final catalogue" in message
    image = QImage(str(tmp_path / "final.png"))
    assert not image.isNull() and image.width() > 600 and image.height() > 100
    matrix.export(tmp_path / "final.csv")
    with (tmp_path / "final.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["Practice"] for line in lines[:-1]] == ["Help desk", "Web site"]
    assert all(line["Selected"] == "yes" for line in lines[:-1])
    matrix.export(tmp_path / "final.xlsx")
    sheet = load_workbook(tmp_path / "final.xlsx").active
    assert [sheet.cell(row=r, column=2).value for r in (2, 3)] == ["Help desk", "Web site"]
    matrix.export(tmp_path / "shown.csv", selected_only=False)
    with (tmp_path / "shown.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 15 + 1  # and the totals line
    with pytest.raises(OSError, match=r"\.png, \.csv or \.xlsx"):
        matrix.export(tmp_path / "final.pdf")


def test_png_says_when_it_is_cut(qtbot, reader: MatrixReader, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = save_png(reader, reader.catalogue_order(), tmp_path / "cut.png", max_rows=5)
    assert report.cut and (report.practices, report.total) == (5, 15)
    assert QImage(str(tmp_path / "cut.png")).height() > 100


def test_detail_checkbox_writes_with_the_revision_check(
    qtbot,
    store: CatalogueStore,
    db_path: Path,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    reader = CatalogueReader(db_path)
    detail = reader.practice_detail(practice_id(sessions, "Help desk"))
    toggle = SelectionToggle(store)
    qtbot.addWidget(toggle)
    assert toggle.objectName() == "practiceSelected" and not toggle.isEnabled()
    toggle.show_detail(detail)
    assert toggle.isEnabled() and not toggle.isChecked()
    edited = edit_summary(sessions, "Help desk", "Edited meanwhile")
    with qtbot.waitSignal(toggle.selectionToggled) as toggled:
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(8, toggle.height() // 2))
    assert toggled.args[1] is True and toggle.isChecked()
    stored = reader.practice_detail(practice_id(sessions, "Help desk"))
    assert stored is not None and stored.selected and stored.revision == toggled.args[2]
    assert toggled.args[2] == edited + 1 and stored.summary == "Edited meanwhile"
    reader.close()


def test_selection_from_the_detail_pane_shows_at_once(
    qtbot,
    matrix: MatrixWindow,
    store: CatalogueStore,
    db_path: Path,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    reader = CatalogueReader(db_path)
    toggle = SelectionToggle(store)
    qtbot.addWidget(toggle)
    toggle.show_detail(reader.practice_detail(practice_id(sessions, "Trainings")))
    toggle.selectionToggled.connect(matrix.selection_changed)  # what the main window wires
    toggle.click()
    assert matrix.counter.text() == "1 selected"
    index = matrix.model.index(row_of(matrix.model, "Trainings"), Column.SELECTED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    reader.close()
