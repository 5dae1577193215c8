"""The look of the field-test matrix's table, on screen and in the exported PNG alike:
selection and editing behaviour, fixed row heights, and the width of each column; and the
window's sortable table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from app.ui.matrix.columns import FIRST_REGION, Column, Evidence
from app.ui.matrix.labels import named
from app.ui.matrix.model import MatrixModel

WIDTHS = {"selected": 64, "practice": 260, "region": 76}
EVIDENCE_WIDTHS = {Evidence.REGIONS: 70, Evidence.COMPLETED: 86, Evidence.SCORE: 76}

translate = QCoreApplication.translate


def sortable_table(parent: QWidget, model: MatrixModel) -> QTableView:
    """The window's table: in catalogue order at first; a click on a header sorts by it."""
    table = QTableView(parent)
    named(
        table,
        "fieldTestMatrixTable",
        translate("Matrix", "Test matrix"),
        translate(
            "Matrix",
            "Practices down, regions across. Arrow keys move from cell to cell; Home goes to"
            " the Selected column, where Space selects or unselects the practice for the final"
            " catalogue; Enter opens the notes of a cell; a header click sorts by it.",
        ),
    )
    header = table.horizontalHeader()
    header.setAccessibleName(translate("Matrix", "Column headers"))
    configure_table(table, model)
    header.setSortIndicator(Column.PRACTICE, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    header.setSectionsClickable(True)
    return table


def configure_table(table: QTableView, model: MatrixModel) -> None:
    """Show ``model`` in ``table`` the way the matrix looks."""
    table.setModel(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures 100,000 rows
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    apply_widths(table, model)


def apply_widths(table: QTableView, model: MatrixModel) -> None:
    """The columns' usual widths; a header gets wider when its text needs it (a translated
    "Completed" may be twice as long; a large font makes every name longer)."""
    table.setColumnWidth(Column.SELECTED, _fitting(table, model, Column.SELECTED, "selected"))
    table.setColumnWidth(Column.PRACTICE, WIDTHS["practice"])
    # A region's name fits up to about 14 characters (a large font must not cut "Tartu").
    widest = table.horizontalHeader().fontMetrics().averageCharWidth() * 14
    for offset in range(len(model.regions)):
        column = FIRST_REGION + offset
        needed = min(_text_width(table, model, column), widest)
        table.setColumnWidth(column, max(WIDTHS["region"], needed))
    for which, width in EVIDENCE_WIDTHS.items():
        column = model.evidence_column(which)
        table.setColumnWidth(column, max(width, _text_width(table, model, column)))


def _fitting(table: QTableView, model: MatrixModel, column: int, kind: str) -> int:
    return max(WIDTHS[kind], _text_width(table, model, column))


def _text_width(table: QTableView, model: MatrixModel, column: int) -> int:
    """What the header's longest line needs, with the header's margins."""
    header = table.horizontalHeader()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 4 * margin


def fit_practice_column(table: QTableView, model: MatrixModel) -> None:
    """The practice column takes the width the other columns leave."""
    others = sum(
        table.columnWidth(column)
        for column in range(model.columnCount())
        if column != Column.PRACTICE
    )
    spare = table.viewport().width() - others
    table.setColumnWidth(Column.PRACTICE, max(WIDTHS["practice"], spare))
