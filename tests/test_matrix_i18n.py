"""The field-test matrix for people who do not read it by eye, or not in English: what a
screen reader says for cells, headers and widgets, ticking the final selection from the
keyboard alone, dates and scores in the language's formats, and counted texts collected as
plurals (so that every language can say "1 note" and "2 notes" its own way)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QWidget

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.matrix import MatrixReader
from app.services.store import CatalogueStore
from app.ui.common.roles import NodeKind, Role
from app.ui.matrix.model import Column, Evidence, MatrixModel
from app.ui.matrix.window import MatrixWindow
from build_scripts import translations
from build_scripts.translations import tool
from tests.factories import add_note, practice_id, region_id

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def notes(sessions: Sessions) -> None:
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, outcome="Came back")
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        date=date(2012, 6, 1),
        outcome="A second round",
        author="Kadri",
        score_enterprises=4,
    )


@pytest.fixture
def reader(db_path: Path) -> Iterator[MatrixReader]:
    reader = MatrixReader(db_path)
    yield reader
    reader.close()


@pytest.fixture
def matrix(qtbot, db_path: Path, notes: None) -> Iterator[MatrixWindow]:  # type: ignore[no-untyped-def]
    store = CatalogueStore(db_path)
    window = MatrixWindow(db_path, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.summary is not None, timeout=10_000)
    yield window
    window.shutdown()
    store.dispose()


@pytest.fixture
def french() -> Iterator[None]:
    """Dates and numbers as French writes them, for the length of a test."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    yield
    QLocale.setDefault(before)


def row_of(model: MatrixModel, title: str) -> int:
    return next(
        row
        for row in range(model.rowCount())
        if model.index(row, Column.PRACTICE).data(Role.KIND) == NodeKind.PRACTICE
        and model.index(row, Column.PRACTICE).data() == title
    )


def test_a_cell_reads_practice_region_status_and_notes(
    reader: MatrixReader, sessions: Sessions, notes: None
) -> None:
    model = MatrixModel(reader)
    row = row_of(model, "Help desk")
    tartu = model.index(row, model.region_column(region_id(sessions, "Tartu")))
    text = tartu.data(ACCESSIBLE)
    # "%1, %2: %3, %n note(s)": "2 notes" once the English catalogue holds the plural forms.
    assert text.startswith("Help desk, Tartu: completed, 2 note")
    malta = model.index(row, model.region_column(region_id(sessions, "Malta")))
    assert malta.data(ACCESSIBLE) == "Help desk, Malta: not tested"
    selected = model.index(row, Column.SELECTED).data(ACCESSIBLE)
    assert selected == "Help desk: not selected"
    column = model.region_column(region_id(sessions, "Tartu"))
    header = model.headerData(column, Qt.Orientation.Horizontal, ACCESSIBLE)
    assert header == "Tartu, counting the practices tested"
    model.set_summary(reader.summary())
    header = model.headerData(column, Qt.Orientation.Horizontal, ACCESSIBLE)
    assert header.startswith("Tartu, tests 1 of the 15 practice")
    score = model.headerData(model.evidence_column(Evidence.SCORE), Qt.Orientation.Horizontal)
    assert score == "Score\n"  # two lines, as the region headers
    assert (
        model.headerData(
            model.evidence_column(Evidence.SCORE), Qt.Orientation.Horizontal, ACCESSIBLE
        )
        == "Score"
    )


def test_every_control_has_a_name_in_words(matrix: MatrixWindow) -> None:
    assert matrix.table.accessibleName() == "Test matrix"
    assert "Space" in matrix.table.accessibleDescription()
    assert matrix.table.objectName() == "fieldTestMatrixTable"  # automation relies on it
    assert matrix.accessibleName() == "Field-test matrix"
    widgets = [
        widget
        for widget in matrix.findChildren(QWidget)
        if widget.isVisibleTo(matrix)
        and (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            or isinstance(widget, (QAbstractButton, QComboBox, QAbstractItemView, QLabel))
        )
        and widget.objectName() != "qt_scrollarea_viewport"
    ]
    assert {"fieldTestMatrixTable", "matrixOrder", "matrixExport", "selectedCounter"} <= {
        widget.objectName() for widget in widgets
    }
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            continue  # a label for a field: the field carries the name
        name = widget.accessibleName()
        assert name and name != widget.objectName(), (widget, widget.objectName(), name)


def test_tab_arrows_home_and_space_tick_a_practice(
    qtbot,  # type: ignore[no-untyped-def]
    matrix: MatrixWindow,
    sessions: Sessions,
) -> None:
    """From the order list, by keys alone: Tab to the table, down to a practice, Home to its
    Selected cell, Space ticks it and Space again unticks it."""
    model, table = matrix.model, matrix.table
    matrix.activateWindow()
    matrix.order.setFocus()
    qtbot.waitUntil(lambda: matrix.order.hasFocus())
    qtbot.keyClick(matrix.order, Qt.Key.Key_Tab)
    assert matrix.focusWidget() is matrix.export_button
    qtbot.keyClick(matrix.export_button, Qt.Key.Key_Tab)
    assert matrix.focusWidget() is table
    target = row_of(model, "Help desk")
    for _ in range(model.rowCount()):
        if table.currentIndex().row() == target:
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    current = table.currentIndex()
    assert (current.row(), current.column()) == (target, Column.SELECTED)
    with qtbot.waitSignal(matrix.selectionToggled) as ticked:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ticked.args[:2] == [practice_id(sessions, "Help desk"), True]
    assert current.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert current.data(ACCESSIBLE) == "Help desk: selected"
    with qtbot.waitSignal(matrix.selectionToggled) as unticked:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert unticked.args[1] is False


def test_dates_and_scores_in_french(
    french: None, reader: MatrixReader, sessions: Sessions, notes: None
) -> None:
    model = MatrixModel(reader)
    row = row_of(model, "Help desk")
    tartu = model.index(row, model.region_column(region_id(sessions, "Tartu")))
    tip = tartu.data(Qt.ItemDataRole.ToolTipRole)
    assert "01/06/2012" in tip and "2012-06-01" not in tip
    assert "· Kadri: A second round" in tip
    assert model.index(row, model.evidence_column(Evidence.SCORE)).data() == "4,0 (1)"


def test_counted_texts_are_collected_as_plurals(tmp_path: Path) -> None:
    """The translations' update records the matrix's counted texts as plurals (lupdate alone
    would not: see build_scripts/ts_plurals.py)."""
    translations.update(tmp_path, codes=["fr"])
    collected = translations.ts_file("fr", tmp_path).read_text(encoding="utf-8")
    for text in ("%1, %2: %3, %n note(s)", "%Ln selected", "%Ln practice(s) match the filter"):
        assert f'<message numerus="yes">\n        <source>{text}</source>' in collected, text


def test_english_plural_forms_reach_the_cell(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    reader: MatrixReader,
    sessions: Sessions,
    notes: None,
) -> None:
    """With the English catalogue's plural forms in place, a cell reads "1 note"/"2 notes"."""
    ts, qm = tmp_path / "plurals_en.ts", tmp_path / "plurals_en.qm"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="en">\n'
        "<context><name>MatrixCell</name>\n"
        '<message numerus="yes"><source>%1, %2: %3, %n note(s)</source>\n'
        "<translation><numerusform>%1, %2: %3, %n note</numerusform>"
        "<numerusform>%1, %2: %3, %n notes</numerusform></translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        model = MatrixModel(reader)
        row = row_of(model, "Help desk")
        tartu = model.index(row, model.region_column(region_id(sessions, "Tartu")))
        assert tartu.data(ACCESSIBLE) == "Help desk, Tartu: completed, 2 notes"
        add_note(sessions, "Help desk", "Malta", status=NoteStatus.IN_PROGRESS)
        model.refresh()
        malta = model.index(row, model.region_column(region_id(sessions, "Malta")))
        assert malta.data(ACCESSIBLE) == "Help desk, Malta: in progress, 1 note"
    finally:
        QCoreApplication.removeTranslator(translator)
