"""The field-test matrix as a Qt table: practices grouped by category down, regions across.

A thin adapter: ``MatrixRows`` holds the blocks of rows (a header row per category, then its
practices) as integer keys over ``MatrixReader``, ``PaintedRows`` answers the roles a view
paints and ``CellData`` the rest. Views call ``flags`` and ``index`` for every row they lay
out, so those stay constant-time.

Column totals and sorting by evidence need every note: they come from an ``EvidenceSummary``
that the window computes on a worker thread and hands over with ``set_summary``. Until it
arrives the headers show "…" and a requested sort waits (``sort_pending``). Sorting keeps the
categories and orders the practices within each on raw values. Ticking "Selected" writes the
flag through ``app.services.matrix.selection.choose``, as the detail pane's checkbox does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services.dto import RegionInfo
from app.services.matrix import EvidenceSummary, MatrixReader, MatrixRow
from app.services.search.searcher import SearchResult
from app.ui.matrix.cell_data import CellData
from app.ui.matrix.columns import FIRST_REGION, Column, Evidence, MatrixRole, column_count, sort_key
from app.ui.matrix.painted import PaintedRows
from app.ui.matrix.rows import MatrixRows
from app.ui.matrix.selected import SelectedTally, write_selection

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app.services.store import CatalogueStore

__all__ = ["FIRST_REGION", "Column", "Evidence", "MatrixModel", "MatrixRole"]

AnyIndex = QModelIndex | QPersistentModelIndex
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_DISPLAY = Qt.ItemDataRole.DisplayRole


class MatrixModel(QAbstractTableModel):
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision
    selectedCountChanged = Signal(int)  # noqa: N815
    writeFailed = Signal(str)  # noqa: N815 - a sentence to show
    sortApplied = Signal()  # noqa: N815 - a waiting sort was applied

    def __init__(
        self,
        reader: MatrixReader,
        store: CatalogueStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._store = store
        self._selected = SelectedTally()
        self._rows = MatrixRows(reader, self._selected)
        self._painted = PaintedRows(self._rows)
        self._cells = CellData(self._rows)
        self._result: SearchResult | None = None
        self._sort_pending = False
        self.reload()

    # -- what the window calls -------------------------------------------------------------

    @property
    def regions(self) -> list[RegionInfo]:
        return list(self._rows.regions)

    @property
    def practice_count(self) -> int:
        return self._rows.practice_count

    @property
    def selected_count(self) -> int:
        return self._selected.count

    @property
    def summary(self) -> EvidenceSummary | None:
        return self._rows.summary

    @property
    def sort_pending(self) -> bool:
        return self._sort_pending

    @property
    def filtered(self) -> bool:
        return self._rows.scope is not None

    def scope(self) -> dict[str, list[int]]:
        """Every practice shown, by category, in the order shown (reads unread categories)."""
        return self._rows.shown()

    def reload(self) -> None:
        """Re-read regions, categories and counts; forget cached rows."""
        self.beginResetModel()
        self._painted.forget()
        self._rows.reload()
        self._selected.count = self._reader.selected_count()
        self.endResetModel()
        self.selectedCountChanged.emit(self._selected.count)

    def apply(self, result: SearchResult | None) -> None:
        """Follow the main window's filter (None or unfiltered: the whole catalogue)."""
        if result is self._result:
            return
        self._result = result
        self.show_keys(result.keys_by_category if result is not None and result.filtered else None)

    def show_keys(self, keys_by_category: Mapping[str, Sequence[int]] | None) -> None:
        """Show exactly these practices (None: the whole catalogue)."""
        self.beginResetModel()
        self._painted.forget()
        self._rows.scope = keys_by_category
        self._rows.rebuild()
        self.endResetModel()

    def refresh(self) -> None:
        """The data changed elsewhere: re-read what is shown (a few milliseconds). The
        summary is stale now; the window counts a new one, which brings the selected count
        too (counting them costs a scan of every practice)."""
        if not self._rows.refresh():
            self.reload()
            return
        self._painted.forget()
        self._changed_everywhere()

    def summary_requested(self) -> None:
        """A new summary is being counted: selections made from now on may be missing
        from it, and the model keeps its own count until the next one."""
        self._selected.requested()

    def set_summary(self, summary: EvidenceSummary | None) -> None:
        self._rows.set_summary(summary)
        if self._selected.counted(summary):
            self.selectedCountChanged.emit(self._selected.count)
        self._painted.forget()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._changed_everywhere()
        if self._sort_pending and summary is not None:
            self._sort_pending = False
            self._apply_sort()
            self.sortApplied.emit()

    def note_selection(self, practice_id: str, selected: bool, revision: int) -> None:
        """The flag was written elsewhere in this window (the detail pane's checkbox)."""
        key = self._reader.practice_key(practice_id)
        if key is None:
            return
        self._rows.update_selection(key, selected, revision)
        if self._selected.toggled(key, selected):
            self.selectedCountChanged.emit(self._selected.count)
        self._painted.forget()
        self._changed_everywhere()

    def region_column(self, region_id: str) -> int:
        for offset, region in enumerate(self._rows.regions):
            if region.id == region_id:
                return FIRST_REGION + offset
        return -1

    def evidence_column(self, which: Evidence) -> int:
        return FIRST_REGION + len(self._rows.regions) + int(which)

    def practice_row(self, practice_id: str) -> int:
        """The row of a practice if it is shown, else -1 (reads its category's keys)."""
        return self._rows.practice_row(practice_id)

    def row_at(self, row: int) -> MatrixRow | None:
        """The practice shown at ``row`` (None: a category row or out of range)."""
        return self._rows.row_at(row)

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else column_count(len(self._rows.regions))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() != Column.SELECTED:
            return _CELL_FLAGS
        _block, offset = self._rows.locate(index.row())
        return _CELL_FLAGS if offset < 0 else _CHECK_FLAGS  # a category row has no checkbox

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        return self._cells.header(section, role)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        painted = self._painted.by_row.get(index.row())
        if painted is None:
            painted = self._painted.paint(index.row())
        values = painted.get(role)
        if values is not None:
            return values[index.column()]
        return self._cells.cell(index.row(), index.column(), role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.SELECTED:
            return False
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or self._store is None:
            return False
        wanted = _checked(value)
        if wanted == row.selected:
            return True
        return self._write_selection(index, row, wanted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort = (sort_key(column, self._rows.regions), descending)
        if self._rows.sort[0] is not None and self._rows.summary is None:
            self._sort_pending = True
            return
        self._sort_pending = False
        self._apply_sort()

    # -- sorting and writing -------------------------------------------------------------

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._painted.forget()
        moved = self._rows.reorder()
        old = self.persistentIndexList()
        new = [self.index(moved(index.row()), index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _changed_everywhere(self) -> None:
        if self._rows.count:
            last = self.index(self._rows.count - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _write_selection(self, index: AnyIndex, row: MatrixRow, wanted: bool) -> bool:
        assert self._store is not None
        state = write_selection(self._store, row, wanted)
        if isinstance(state, str):
            self.writeFailed.emit(state)
            return False
        self._rows.store(replace(row, selected=state.selected, revision=state.revision))
        self._painted.forget(index.row())
        if self._selected.toggled(row.key, state.selected, was=row.selected):
            self.selectedCountChanged.emit(self._selected.count)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selectionToggled.emit(row.id, state.selected, state.revision)
        return True


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
