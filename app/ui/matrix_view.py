"""View → Field-test matrix: which practice was tested where, and picking the final catalogue.

``MatrixWindow`` (objectName ``fieldTestMatrix``) shows ``MatrixModel`` in a table: a cell
holds a status symbol, the number of notes and a colour; hovering lists the notes' outcomes;
double-click (or Enter) emits ``openNotes(practice_id, region_id)``, and on the practice
column ``openNotes(practice_id, "")``. Ticking "Selected" marks a practice for the final
catalogue. Below the table: a legend and the evidence of the current practice.

The evidence of every practice (column totals, sorting by evidence) takes one pass over all
notes, seconds at a million notes, so ``SummaryWorker`` computes it off the GUI thread, at
opening and again a moment after the data changed (``refresh``), and only while the window
is shown.

Exports: ``save_png`` paints the matrix of a set of practices (the final catalogue unless
told otherwise) into an image, at most ``PNG_MAX_ROWS`` practices, with a caption saying what
it holds; CSV and XLSX come from ``app.services.matrix_export``; ``export_final_catalogue``
asks for a file name and writes whichever of the three it names.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.matrix import EvidenceSummary, MatrixReader, PracticeEvidence, SortBy
from app.services.matrix_export import (
    STATUS_COLOURS,
    ExportReport,
    replaced_on_success,
    save_csv,
    save_xlsx,
)
from app.services.search.searcher import SearchResult
from app.ui.matrix_model import FIRST_REGION, Column, Evidence, MatrixModel, status_label
from app.ui.notes_model import STATUS_SYMBOLS
from app.ui.roles import NodeKind, Role

if TYPE_CHECKING:
    from app.ui.backend import Backend

PNG_MAX_ROWS = 400  # practices painted into one image; CSV and XLSX hold every one
PNG_TITLE_MAX = 420  # pixels for the practice column of the image; longer titles are cut
REFRESH_DELAY_MS = 1500  # after the last change, before the evidence is counted again
WIDTHS = {"selected": 64, "practice": 260, "region": 76}
EVIDENCE_WIDTHS = {Evidence.REGIONS: 70, Evidence.COMPLETED: 86, Evidence.SCORE: 76}
CATALOGUE = "catalogue"
# The order list: catalogue order, then most evidence (or the selected) first.
ORDERS: list[tuple[str, str]] = [
    ("Catalogue order", CATALOGUE),
    ("Most regions testing", SortBy.REGIONS),
    ("Most completed tests", SortBy.COMPLETED),
    ("Highest mean score", SortBy.SCORE),
    ("Selected first", SortBy.SELECTED),
]
_EVIDENCE_OF = {
    SortBy.REGIONS: Evidence.REGIONS,
    SortBy.COMPLETED: Evidence.COMPLETED,
    SortBy.SCORE: Evidence.SCORE,
}


class SummaryWorker(QThread):
    """Counts the evidence of every practice on its own connection; the newest request wins."""

    ready = Signal(int, object)  # (generation, EvidenceSummary)
    failed = Signal(int, str)

    def __init__(self, path: Path, read_only: bool | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixSummaryWorker")
        self._path, self._read_only = path, read_only
        self._condition = threading.Condition()
        self._pending: int | None = None
        self._stopping = False
        self._reader: MatrixReader | None = None

    def request(self, generation: int) -> None:
        with self._condition:
            self._pending = generation
            self._stopping = False
            self._condition.notify()
        if not self.isRunning():
            self.start()

    def stop(self) -> None:
        """Abandon the running count and end the thread (``request`` starts it again)."""
        with self._condition:
            self._stopping = True
            self._pending = None
            self._condition.notify()
        # An interrupt only stops the statement running at that moment; the count runs a
        # few, so keep interrupting until the thread has noticed.
        while not self.wait(50):
            with self._condition:
                if self._reader is not None:
                    self._reader.interrupt()

    def run(self) -> None:
        reader = MatrixReader(self._path, read_only=self._read_only)
        with self._condition:
            self._reader = reader
        try:
            while True:
                with self._condition:
                    while self._pending is None and not self._stopping:
                        self._condition.wait()
                    if self._stopping:
                        return
                    generation, self._pending = self._pending, None
                try:
                    summary = reader.summary()
                except sqlite3.Error as error:
                    if not self._stopping:
                        self.failed.emit(generation, str(error))
                    continue
                if not self._stopping:
                    self.ready.emit(generation, summary)
        finally:
            with self._condition:
                self._reader = None
            reader.close()


class MatrixWindow(QWidget):
    openNotes = Signal(str, str)  # noqa: N815 - practice id, region id ("" for every region)
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision

    def __init__(
        self,
        path: Path,
        backend: Backend | None,
        parent: QWidget | None = None,
        *,
        read_only: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        _named(self, "fieldTestMatrix", "Which practice was tested where")
        self.setWindowTitle("Field-test matrix — Practice Catalogue")
        self.path = path
        self.reader = MatrixReader(path, read_only=read_only)
        self.model = MatrixModel(self.reader, backend, self)
        self.table = self._make_table()
        self.empty_state = _label(self, "matrixEmptyState", "Nothing to show")
        self.empty_state.setText(
            "No practice matches the filter of the main window.\n\n"
            "Change or clear the filter there (Esc in the filter box) to see practices here."
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_state.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_state.setAutoFillBackground(True)
        self.empty_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.order = self._make_order()
        self.counter = _label(self, "selectedCounter", "Practices selected for the final catalogue")
        self.export_button = self._make_export_button()
        self.status = _label(self, "matrixStatus", "What the matrix shows")
        self.legend = legend_label(self)
        self.evidence = _label(self, "practiceEvidence", "Evidence of the current practice")
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setFrameShape(QFrame.Shape.StyledPanel)
        self.evidence.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._layout()

        self._generation = 0
        self._counted = 0  # generation of the summary shown
        self._worker = SummaryWorker(path, read_only, self)
        self._worker.ready.connect(self._summary_ready)
        self._worker.failed.connect(self._summary_failed)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(REFRESH_DELAY_MS)
        self._recount.timeout.connect(self._count_evidence)
        self._stale = True
        self._refresh_rows = False
        self.model.selectedCountChanged.connect(self._show_count)
        self.model.selectionToggled.connect(self.selectionToggled)
        self.model.writeFailed.connect(self._write_failed)
        self.model.sortApplied.connect(self._sorted)
        self.model.modelReset.connect(self._model_reset)
        self._show_count(self.model.selected_count)
        self._model_reset()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1180, 720)

    # -- what the main window calls ------------------------------------------------------

    def apply(self, result: SearchResult | None) -> None:
        """Follow the main window's filter (None: the whole catalogue)."""
        self.model.apply(result)

    def refresh(self) -> None:
        """The data changed (here or elsewhere): re-read the rows shown now, and count the
        evidence again once changes pause. A hidden window does both when shown again."""
        self._stale = True
        if not self.isVisible():
            self._refresh_rows = True
            return
        self.model.refresh()
        self._recount.start()
        self._show_evidence(self.table.currentIndex())

    def selection_changed(self, practice_id: str, selected: bool, revision: int) -> None:
        """The flag was written outside the matrix (the detail pane's checkbox)."""
        self.model.note_selection(practice_id, selected, revision)

    def select_practice(self, practice_id: str) -> bool:
        row = self.model.practice_row(practice_id)
        if row < 0:
            return False
        index = self.model.index(row, Column.PRACTICE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def sort_by(self, which: str) -> None:
        """Order the practices within each category: ``CATALOGUE``, or a ``SortBy`` value
        (regions, completed, score, selected), most evidence (or the selected) first."""
        if which == CATALOGUE:
            self.table.sortByColumn(Column.PRACTICE, Qt.SortOrder.AscendingOrder)
        elif which == SortBy.SELECTED:
            self.table.sortByColumn(Column.SELECTED, Qt.SortOrder.DescendingOrder)
        else:
            column = self.model.evidence_column(_EVIDENCE_OF[which])
            self.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        self._update_status()

    def export(self, target: Path, *, selected_only: bool = True) -> str:
        """Write the matrix to ``target`` as PNG, CSV or XLSX (by its suffix); the final
        catalogue (selected practices) unless ``selected_only`` is False, then what the
        window shows. Returns a sentence saying what was written."""
        scope = self.reader.selected_keys() if selected_only else self.model.scope()
        what = "the final catalogue" if selected_only else "the practices shown"
        return export_to(self.reader, scope, target, what)

    def shutdown(self) -> None:
        self._recount.stop()
        self._worker.stop()
        self.reader.close()

    # -- construction --------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        _named(table, "fieldTestMatrixTable", "Practices down, regions across")
        configure_table(table, self.model)
        header = table.horizontalHeader()
        header.setSortIndicator(Column.PRACTICE, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.activated.connect(self._activated)
        table.selectionModel().currentChanged.connect(self._show_evidence)
        return table

    def _make_order(self) -> QComboBox:
        combo = QComboBox(self)
        _named(combo, "matrixOrder", "Order of the practices within each category")
        for label, _which in ORDERS:
            combo.addItem(label)
        combo.currentIndexChanged.connect(self._order_chosen)
        return combo

    def _make_export_button(self) -> QPushButton:
        button = QPushButton("&Export", self)
        _named(button, "matrixExport", "Export the matrix as PNG, CSV or XLSX")
        menu = QMenu(button)
        for text, selected_only in (
            ("Final catalogue (selected practices)…", True),
            ("Practices shown here…", False),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, s=selected_only: self._ask_export(s))
        button.setMenu(menu)
        return button

    def _layout(self) -> None:
        bar = QHBoxLayout()
        order_label = QLabel("&Order:", self)
        order_label.setBuddy(self.order)
        bar.addWidget(order_label)
        bar.addWidget(self.order)
        bar.addStretch(1)
        bar.addWidget(self.counter)
        bar.addSpacing(12)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.evidence)
        layout.addWidget(self.status)

    # -- evidence and status -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._refresh_rows:
            self._refresh_rows = False
            self.model.refresh()
        if self._stale and not self._recount.isActive():
            self._count_evidence()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_practice_column)

    def _fit_practice_column(self) -> None:
        """The practice column takes the width the other columns leave."""
        others = sum(
            self.table.columnWidth(column)
            for column in range(self.model.columnCount())
            if column != Column.PRACTICE
        )
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(Column.PRACTICE, max(WIDTHS["practice"], spare))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Closed means hidden: no thread is left running, and showing again recounts.
        self._recount.stop()
        if self._counted != self._generation:
            self._stale = True
        self._worker.stop()
        super().closeEvent(event)

    def _count_evidence(self) -> None:
        if not self.isVisible():
            return
        self._stale = False
        self._generation += 1
        self.model.summary_requested()
        self._worker.request(self._generation)
        self._update_status()

    def _summary_ready(self, generation: int, summary: EvidenceSummary) -> None:
        if generation != self._generation:
            return  # a newer count is under way
        self._counted = generation
        self.model.set_summary(summary)
        self._update_status()

    def _summary_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._counted = generation
            self.status.setText(f"The evidence could not be counted: {message}")

    def _model_reset(self) -> None:
        apply_widths(self.table, self.model)  # the regions may have changed
        self.stack.setCurrentWidget(self.empty_state if self.model.rowCount() == 0 else self.table)
        self._fit_practice_column()
        self._update_status()
        self._show_evidence(self.table.currentIndex())

    def _update_status(self) -> None:
        shown = self.model.practice_count
        text = f"{shown:,} practice{'' if shown == 1 else 's'}"
        if self.model.filtered:
            text += " matches the filter" if shown == 1 else " match the filter"
        if self._counted != self._generation:
            text += " · counting the evidence for totals and sorting…"
        if self.model.sort_pending:
            text += " · the order follows once counted"
        self.status.setText(text)

    def _show_count(self, count: int) -> None:
        self.counter.setText(f"{count:,} selected")

    def _write_failed(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, "Selection not saved", message)

    def _show_evidence(self, index: QModelIndex) -> None:
        practice_id = index.data(Role.ID) if index.isValid() else None
        if index.isValid() and index.data(Role.KIND) != NodeKind.PRACTICE:
            practice_id = None
        evidence = self.reader.evidence(practice_id) if practice_id else None
        if evidence is None:
            self.evidence.setText("Select a practice to see its evidence.")
            return
        self.evidence.setText(evidence_text(evidence, len(self.model.regions)))

    # -- sorting and opening -------------------------------------------------------------

    def _order_chosen(self, position: int) -> None:
        if 0 <= position < len(ORDERS):
            self.sort_by(ORDERS[position][1])

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the order list in step with header clicks."""
        which = self._order_of(column, order == Qt.SortOrder.DescendingOrder)
        position = next((i for i, (_label, w) in enumerate(ORDERS) if w == which), -1)
        blocked = self.order.blockSignals(True)
        if self.order.count() > len(ORDERS):
            self.order.removeItem(len(ORDERS))
        if position < 0:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")[0]
            arrow = "↓" if order == Qt.SortOrder.DescendingOrder else "↑"
            self.order.addItem(f"By {title} {arrow}")
            position = len(ORDERS)
        self.order.setCurrentIndex(position)
        self.order.blockSignals(blocked)
        self._sorted()

    def _sorted(self) -> None:
        """Keep the current practice in sight when the rows move around it."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_status()

    def _order_of(self, column: int, descending: bool) -> str | None:
        if column == Column.PRACTICE:
            return None if descending else CATALOGUE
        if column == Column.SELECTED:
            return SortBy.SELECTED if descending else None
        evidence = column - self.model.evidence_column(Evidence.REGIONS)
        if descending and 0 <= evidence < len(Evidence):
            return next(k for k, v in _EVIDENCE_OF.items() if v == evidence)
        return None

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(Role.KIND) != NodeKind.PRACTICE:
            return
        if index.column() == Column.SELECTED:
            return
        region = index.column() - FIRST_REGION
        regions = self.model.regions
        region_id = regions[region].id if 0 <= region < len(regions) else ""
        self.openNotes.emit(index.data(Role.ID), region_id)

    # -- export --------------------------------------------------------------------------

    def _ask_export(self, selected_only: bool) -> None:
        what = "final-catalogue" if selected_only else "field-test-matrix"
        target = ask_target(self, f"{what}-{date.today().isoformat()}.png")
        if target is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = self.export(target, selected_only=selected_only)
        except (OSError, sqlite3.Error) as error:
            message = f"Nothing was written: {error}"
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(message)


# -- shared pieces: table set-up, legend, evidence text ----------------------------------


def configure_table(table: QTableView, model: MatrixModel) -> None:
    """The look of the matrix, on screen and in the PNG alike."""
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
    table.setColumnWidth(Column.SELECTED, WIDTHS["selected"])
    table.setColumnWidth(Column.PRACTICE, WIDTHS["practice"])
    for offset in range(len(model.regions)):
        table.setColumnWidth(FIRST_REGION + offset, WIDTHS["region"])
    for which, width in EVIDENCE_WIDTHS.items():
        table.setColumnWidth(model.evidence_column(which), width)


def legend_html() -> str:
    chips = " ".join(
        f'<span style="background-color:{STATUS_COLOURS[status]}; color:#000000;">'
        f"&nbsp;{STATUS_SYMBOLS[status]} {status_label(status)}&nbsp;</span>"
        for status in ("completed", "in_progress", "planned", "dropped")
    )
    return (
        f"{chips}&nbsp;&nbsp; A cell: the most advanced status of its notes, and how many."
        " Under a region's name: how many of these practices it tests. Totals count a region"
        " only when its notes are not all dropped."
    )


def legend_label(parent: QWidget) -> QLabel:
    label = _label(parent, "matrixLegend", "Legend of the cell statuses")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(legend_html())
    label.setWordWrap(True)
    return label


def evidence_text(evidence: PracticeEvidence, regions: int) -> str:
    lines = [
        evidence.title + (" — selected for the final catalogue" if evidence.selected else ""),
        f"Tested in {evidence.regions_testing} of {regions} regions · "
        f"{evidence.completed} completed tests · {evidence.notes} notes",
        "Added value (mean of 0–5): "
        + " · ".join(
            f"{score.label} {'—' if score.mean is None else f'{score.mean:.1f}'}"
            f" ({score.count} {'note' if score.count == 1 else 'notes'})"
            for score in evidence.scores
        ),
    ]
    if evidence.latest:
        lines.append("Latest outcomes:")
        lines.extend(
            f"  {STATUS_SYMBOLS.get(line.status, '')} {line.date.isoformat()} "
            f"{line.region_label}: {line.outcome}"
            for line in evidence.latest
        )
    else:
        lines.append("No outcome written yet.")
    return "\n".join(lines)


# -- export ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PngReport:
    practices: int  # painted
    total: int  # in the scope given

    @property
    def cut(self) -> bool:
        return self.practices < self.total


def save_png(
    reader: MatrixReader,
    keys_by_category: Mapping[str, Sequence[int]],
    target: Path,
    *,
    title: str = "Field-test matrix: the final catalogue",
    max_rows: int = PNG_MAX_ROWS,
) -> PngReport:
    """Paint the matrix of these practices (at most ``max_rows``) with a caption and legend."""
    scope, total = _first(reader, keys_by_category, max_rows)
    model = MatrixModel(reader)
    model.show_keys(scope)
    model.set_summary(reader.summary([k for keys in scope.values() for k in keys]))
    report = PngReport(model.practice_count, total)
    caption = f"{title} — {total:,} practices, {date.today():%d %B %Y}"
    if report.cut:
        caption += f". The first {report.practices:,} are shown; the CSV and XLSX hold them all."
    image = _paint(model, caption)
    with replaced_on_success(target) as partial:
        # PySide6 6.11 wants the format as str at run time; its stubs say bytes.
        if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"could not write {target}")
    return report


def _first(
    reader: MatrixReader, keys_by_category: Mapping[str, Sequence[int]], limit: int
) -> tuple[dict[str, list[int]], int]:
    scope: dict[str, list[int]] = {}
    total = sum(len(keys) for keys in keys_by_category.values())
    room = limit
    for node in reader.categories():
        keys = list(keys_by_category.get(node.id, ()))[: max(room, 0)]
        if keys:
            scope[node.id] = keys
            room -= len(keys)
    return scope, total


def _paint(model: MatrixModel, caption: str) -> QImage:
    """Caption, whole table, legend, placed by hand: a layout would cap the page at the
    screen's size, and the table must show every row without scrolling."""
    page = QWidget()
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    page.setAutoFillBackground(True)
    table = QTableView(page)
    configure_table(table, model)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    title = QLabel(caption, page)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setWordWrap(True)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    legend = legend_label(page)
    page.show()  # polishes and lays out the headers; never on screen (WA_DontShowOnScreen)
    table.resizeColumnToContents(Column.PRACTICE)
    table.setColumnWidth(Column.PRACTICE, min(table.columnWidth(Column.PRACTICE), PNG_TITLE_MAX))
    header = table.horizontalHeader()
    frame = 2 * table.frameWidth()
    width = header.length() + frame
    height = header.sizeHint().height() + table.verticalHeader().length() + frame
    margin, gap = 12, 8
    top = margin
    for widget, widget_height in (
        (title, title.heightForWidth(width)),
        (table, height),
        (legend, legend.heightForWidth(width)),
    ):
        widget.setGeometry(margin, top, width, widget_height)
        top += widget_height + gap
    page.resize(width + 2 * margin, top - gap + margin)
    QApplication.processEvents()
    image = page.grab().toImage()
    page.close()  # Python owns the page: it goes with the last reference
    return image


def export_to(
    reader: MatrixReader, scope: Mapping[str, Sequence[int]], target: Path, what: str
) -> str:
    """Write ``scope`` to ``target`` by its suffix (.png, .csv, .xlsx); says what it wrote."""
    suffix = target.suffix.lower()
    if suffix == ".png":
        png = save_png(reader, scope, target, title=f"Field-test matrix: {what}")
        cut = f" (the first {png.practices:,} of {png.total:,})" if png.cut else ""
        return f"Saved {what} as an image{cut}: {target}"
    if suffix in (".csv", ".xlsx"):
        report: ExportReport = (save_csv if suffix == ".csv" else save_xlsx)(reader, scope, target)
        return f"Saved {what}, {report.practices:,} practices, as {suffix[1:].upper()}: {target}"
    raise OSError(f"{target.name}: give a name ending in .png, .csv or .xlsx")


def ask_target(parent: QWidget, suggested: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        "Export the field-test matrix",
        suggested,
        "PNG image (*.png);;CSV table (*.csv);;Excel workbook (*.xlsx)",
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() not in (".png", ".csv", ".xlsx"):
        target = target.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
    return target


def export_final_catalogue(parent: QWidget, database: Path) -> str | None:
    """File → Export final catalogue…: ask for a file, write the selected practices' matrix
    as PNG, CSV or XLSX. Returns what was written (None: cancelled); errors are shown."""
    target = ask_target(parent, f"final-catalogue-{date.today().isoformat()}.png")
    if target is None:
        return None
    reader = MatrixReader(database)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return export_to(reader, reader.selected_keys(), target, "the final catalogue")
    except (OSError, sqlite3.Error) as error:
        QMessageBox.warning(parent, "Export failed", f"Nothing was written: {error}")
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
        reader.close()


def _named(widget: QWidget, name: str, description: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _label(parent: QWidget, name: str, description: str) -> QLabel:
    label = QLabel(parent)
    _named(label, name, description)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
