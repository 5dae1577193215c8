"""View → Field-test matrix: which practice was tested where, and picking the final catalogue.

``MatrixWindow`` (objectName ``fieldTestMatrix``) shows ``MatrixModel`` in a table: a cell
holds a status symbol, the number of notes and a colour; hovering lists the notes' outcomes;
double-click (or Enter) emits ``openNotes(practice_id, region_id)``, and on the practice
column ``openNotes(practice_id, "")``. Ticking "Selected" marks a practice for the final
catalogue. Above the table: the order list and the Export menu; below it: a legend and the
evidence of the current practice. The evidence of every practice (column totals, sorting by
evidence) is counted off the GUI thread (``app.ui.matrix.counter``) while the window shows.

Re-exported for callers: ``save_png`` (``app.ui.matrix.png``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.matrix import MatrixReader
from app.services.search.searcher import SearchResult
from app.ui.common.roles import NodeKind, Role
from app.ui.common.translation import fill
from app.ui.matrix.columns import FIRST_REGION, Column
from app.ui.matrix.counter import EvidenceCounter
from app.ui.matrix.file_export import export_button, export_to
from app.ui.matrix.labels import (
    NO_PRACTICE,
    empty_state_label,
    evidence_label,
    evidence_text,
    legend_label,
    named,
    plain_label,
    status_text,
)
from app.ui.matrix.model import MatrixModel
from app.ui.matrix.order import CATALOGUE, OrderBox, order_of, sort_column
from app.ui.matrix.png import save_png
from app.ui.matrix.table import apply_widths, fit_practice_column, sortable_table

if TYPE_CHECKING:
    from app.services.store import CatalogueStore

__all__ = ["CATALOGUE", "MatrixWindow", "save_png"]

translate = QCoreApplication.translate


class MatrixWindow(QWidget):
    openNotes = Signal(str, str)  # noqa: N815 - practice id, region id ("" for every region)
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision

    def __init__(
        self,
        path: Path,
        store: CatalogueStore | None,
        parent: QWidget | None = None,
        *,
        read_only: bool | None = None,
        reader: MatrixReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        named(
            self,
            "fieldTestMatrix",
            translate("Matrix", "Field-test matrix"),
            translate("Matrix", "Which practice was tested where"),
        )
        self.setWindowTitle(translate("Matrix", "Field-test matrix — Practice Catalogue"))
        self.path = path
        # The window's own reader (the main window's, shared) or one of its own (tests, tools).
        self._owns_reader = reader is None
        self.reader = reader if reader is not None else MatrixReader(path, read_only=read_only)
        self.model = MatrixModel(self.reader, store, self)
        self._make_widgets()
        self._counting = EvidenceCounter(self, self.model, path, read_only)
        self._counting.requested.connect(self._update_status)
        self._counting.ready.connect(self._update_status)
        self._counting.failed.connect(self._summary_failed)
        self._refresh_rows = False
        self.model.selectedCountChanged.connect(self._show_count)
        self.model.selectionToggled.connect(self.selectionToggled)
        self.model.writeFailed.connect(self._write_failed)
        self.model.sortApplied.connect(self._sorted)
        self.model.modelReset.connect(self._model_reset)
        self._show_count(self.model.selected_count)
        self._model_reset()
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # every binding: Ctrl+W too
        self.resize(1180, 720)

    # -- what the main window calls ------------------------------------------------------

    def apply(self, result: SearchResult | None) -> None:
        """Follow the main window's filter (None: the whole catalogue)."""
        self.model.apply(result)

    def refresh(self) -> None:
        """The data changed (here or elsewhere): re-read the rows shown now, and count the
        evidence again once changes pause. A hidden window does both when shown again."""
        self._counting.count_later()
        if not self.isVisible():
            self._refresh_rows = True
            return
        self.model.refresh()
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
        self.table.sortByColumn(*sort_column(which, self.model))
        self._update_status()

    def export(self, target: Path, *, selected_only: bool = True) -> str:
        """Write the matrix to ``target`` as PNG, CSV or XLSX (by its suffix); the final
        catalogue (selected practices) unless ``selected_only`` is False, then what the
        window shows. Returns a sentence saying what was written."""
        scope = self.reader.selected_keys() if selected_only else self.model.scope()
        return export_to(self.reader, scope, target, selected_only)

    def shutdown(self) -> None:
        self._counting.stop()
        if self._owns_reader:
            self.reader.close()

    # -- construction --------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.table = self._make_table()
        self.empty_state = empty_state_label(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.order = OrderBox(self)
        self.order.chosen.connect(self.sort_by)
        self.counter = plain_label(
            self,
            "selectedCounter",
            translate("Matrix", "Selected practices"),
            translate("Matrix", "How many practices are selected for the final catalogue"),
        )
        self.export_button = export_button(
            self,
            lambda target, selected_only: self.export(target, selected_only=selected_only),
            lambda message: self.status.setText(message),
        )
        self.status = plain_label(
            self,
            "matrixStatus",
            translate("Matrix", "Matrix status"),
            translate("Matrix", "How many practices the matrix shows, and what is being counted"),
        )
        self.legend = legend_label(self)
        self.evidence = evidence_label(self)
        self._layout()
        # Top to bottom, as on screen (the table was made first).
        QWidget.setTabOrder(self.order, self.export_button)
        QWidget.setTabOrder(self.export_button, self.table)

    def _make_table(self) -> QTableView:
        table = sortable_table(self, self.model)
        table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        table.activated.connect(self._activated)
        table.selectionModel().currentChanged.connect(self._show_evidence)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        order_label = QLabel(translate("Matrix", "&Order:"), self)
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

    # -- showing, hiding, counting the evidence ------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._refresh_rows:
            self._refresh_rows = False
            self.model.refresh()
        self._counting.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self, lambda: fit_practice_column(self.table, self.model))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._counting.hidden()
        super().closeEvent(event)

    def _summary_failed(self, message: str) -> None:
        self.status.setText(
            fill(translate("Matrix", "The evidence could not be counted: %1"), message)
        )

    # -- what the labels say -------------------------------------------------------------

    def _model_reset(self) -> None:
        apply_widths(self.table, self.model)  # the regions may have changed
        self.stack.setCurrentWidget(self.empty_state if self.model.rowCount() == 0 else self.table)
        fit_practice_column(self.table, self.model)
        self._update_status()
        self._show_evidence(self.table.currentIndex())

    def _update_status(self) -> None:
        self.status.setText(
            status_text(
                self.model.practice_count,
                filtered=self.model.filtered,
                counting=self._counting.counting,
                sort_pending=self.model.sort_pending,
            )
        )

    def _show_count(self, count: int) -> None:
        self.counter.setText(translate("Matrix", "%Ln selected", None, count))

    def _write_failed(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, translate("Matrix", "Selection Not Saved"), message)

    def _show_evidence(self, index: QModelIndex) -> None:
        practice_id = index.data(Role.ID) if index.isValid() else None
        if index.isValid() and index.data(Role.KIND) != NodeKind.PRACTICE:
            practice_id = None
        evidence = self.reader.evidence(practice_id) if practice_id else None
        regions = len(self.model.regions)
        if evidence is None:
            self.evidence.setText(translate("Matrix", NO_PRACTICE))
        else:
            self.evidence.setText(evidence_text(evidence, regions))

    # -- sorting and opening ------------------------------------------------------------

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the order list in step with header clicks."""
        descending = order == Qt.SortOrder.DescendingOrder
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")[0]
        self.order.show_order(order_of(column, descending, self.model), title, descending)
        self._sorted()

    def _sorted(self) -> None:
        """Keep the current practice in sight when the rows move around it."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_status()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(Role.KIND) != NodeKind.PRACTICE:
            return
        if index.column() == Column.SELECTED:
            return
        region = index.column() - FIRST_REGION
        regions = self.model.regions
        region_id = regions[region].id if 0 <= region < len(regions) else ""
        self.openNotes.emit(index.data(Role.ID), region_id)
