"""The field-test matrix as a Qt table: practices grouped by category down, regions across.

A thin adapter over ``MatrixReader``. Rows come in blocks, one per category: a header row,
then the category's practices. The model holds category nodes and integer keys only; an
unfiltered category's keys are read when one of its rows is first shown, and a row's cells
come from the reader a window of keys at a time into a bounded cache. Views call ``flags``
and ``index`` for every row they lay out, so those stay constant-time.

Column totals and sorting by evidence need every note: they come from an ``EvidenceSummary``
that the window computes on a worker thread and hands over with ``set_summary``. Until it
arrives the headers show "…" and a requested sort waits (``sort_pending``). Sorting keeps the
categories and orders the practices within each on raw values.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from app.domain.enums import NoteStatus
from app.services.dto import CategoryNode, RegionInfo
from app.services.matrix import STATUS_ORDER, EvidenceSummary, MatrixReader, MatrixRow, SortBy
from app.services.matrix_export import STATUS_COLOURS
from app.services.search.searcher import SearchResult
from app.ui.notes_model import STATUS_SYMBOLS
from app.ui.roles import NodeKind, Role

if TYPE_CHECKING:
    from app.ui.backend import Backend

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_CACHE = 4_000  # practice rows kept for display
PAINT_CACHE = 1_000  # rows whose painted roles are kept (a screen shows a few dozen)
_READ_AROUND = (60, 140)  # rows read before and after a row that misses the cache
_BASE = int(Qt.ItemDataRole.UserRole)
_RANK = {status: len(STATUS_ORDER) - i for i, status in enumerate(STATUS_ORDER)}
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_CENTER = Qt.AlignmentFlag.AlignCenter
_DISPLAY, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ROLE_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLE_FONT = int(Qt.ItemDataRole.FontRole)
_ROLE_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLE_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ROLE_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLE_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ROLE_KIND = int(Role.KIND)
_PAINTED = (
    _ROLE_DISPLAY,
    int(Qt.ItemDataRole.DecorationRole),
    _ROLE_FONT,
    _ROLE_ALIGN,
    _ROLE_BACKGROUND,
    _ROLE_FOREGROUND,
    _ROLE_CHECK,
    _ROLE_KIND,
)


class MatrixRole(IntEnum):
    PRACTICE_ID = _BASE + 21
    REGION_ID = _BASE + 22  # on region cells and region headers
    STATUS = _BASE + 23  # a cell's most advanced status (NoteStatus value) or None
    NOTES = _BASE + 24  # notes in a cell
    RAW = _BASE + 25  # the raw value the column sorts on


class Column(IntEnum):
    SELECTED = 0
    PRACTICE = 1


FIRST_REGION = 2


class Evidence(IntEnum):
    """The columns after the regions, in order."""

    REGIONS = 0  # row total: regions testing the practice
    COMPLETED = 1
    SCORE = 2


_EVIDENCE_TITLES = {
    Evidence.REGIONS: "Regions",
    Evidence.COMPLETED: "Completed",
    Evidence.SCORE: "Score",
}
_EVIDENCE_TIPS = {
    Evidence.REGIONS: "Regions testing the practice (a note that is not dropped)",
    Evidence.COMPLETED: "Completed tests: notes whose status is completed",
    Evidence.SCORE: "Mean added-value score (0–5) over every score set, and how many",
}
_EVIDENCE_SORT = {
    Evidence.REGIONS: SortBy.REGIONS,
    Evidence.COMPLETED: SortBy.COMPLETED,
    Evidence.SCORE: SortBy.SCORE,
}


def status_label(status: str | None) -> str:
    return "no notes" if status is None else NoteStatus(status).label


@dataclass
class _Block:
    node: CategoryNode
    count: int  # practices shown under the header
    catalogue: list[int] | None  # keys in catalogue order; None: not read yet
    keys: list[int] | None = None  # keys in the order shown
    tested: dict[str, int] | None = None  # per region, from the summary


class MatrixModel(QAbstractTableModel):
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision
    selectedCountChanged = Signal(int)  # noqa: N815
    writeFailed = Signal(str)  # noqa: N815 - a sentence to show
    sortApplied = Signal()  # noqa: N815 - a waiting sort was applied

    def __init__(
        self, reader: MatrixReader, backend: Backend | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._backend = backend
        self._regions: list[RegionInfo] = []
        self._nodes: list[CategoryNode] = []
        self._scope: Mapping[str, Sequence[int]] | None = None  # None: the whole catalogue
        self._result: SearchResult | None = None
        self._blocks: list[_Block] = []
        self._starts: list[int] = []
        self._rows = 0
        self._cache: OrderedDict[int, MatrixRow] = OrderedDict()
        self._painted: dict[int, dict[int, tuple[Any, ...]]] = {}  # by row; see _paint
        self._summary: EvidenceSummary | None = None
        self._selected: set[int] = set()
        self._totals: dict[str, int] | None = None
        self._sort: tuple[str | None, bool] = (None, False)  # (SortBy or region id, descending)
        self._sort_pending = False
        self._selected_count = 0
        self._toggles = self._toggles_at_request = 0  # selections written from this window
        self._brushes = {s: QBrush(QColor(c)) for s, c in STATUS_COLOURS.items()}
        self._ink = QBrush(QColor("#000000"))
        self._band = QPalette().brush(QPalette.ColorRole.Button)
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- what the window calls -------------------------------------------------------------

    @property
    def regions(self) -> list[RegionInfo]:
        return list(self._regions)

    @property
    def practice_count(self) -> int:
        return sum(block.count for block in self._blocks)

    @property
    def selected_count(self) -> int:
        return self._selected_count

    @property
    def summary(self) -> EvidenceSummary | None:
        return self._summary

    @property
    def sort_pending(self) -> bool:
        return self._sort_pending

    @property
    def filtered(self) -> bool:
        return self._scope is not None

    def scope(self) -> dict[str, list[int]]:
        """Every practice shown, by category, in the order shown (reads unread categories)."""
        return {block.node.id: list(self._keys(block)) for block in self._blocks}

    def reload(self) -> None:
        """Re-read regions, categories and counts; forget cached rows."""
        self.beginResetModel()
        self._regions = self._reader.regions()
        self._nodes = self._reader.categories()
        self._cache.clear()
        self._selected_count = self._reader.selected_count()
        self._rebuild()
        self.endResetModel()
        self.selectedCountChanged.emit(self._selected_count)

    def apply(self, result: SearchResult | None) -> None:
        """Follow the main window's filter (None or unfiltered: the whole catalogue)."""
        if result is self._result:
            return
        self._result = result
        self.show_keys(result.keys_by_category if result is not None and result.filtered else None)

    def show_keys(self, keys_by_category: Mapping[str, Sequence[int]] | None) -> None:
        """Show exactly these practices (None: the whole catalogue)."""
        self.beginResetModel()
        self._scope = keys_by_category
        self._rebuild()
        self.endResetModel()

    def refresh(self) -> None:
        """The data changed elsewhere: re-read what is shown (a few milliseconds). The
        summary is stale now; the window counts a new one, which brings the selected count
        too (counting them costs a scan of every practice)."""
        regions, nodes = self._reader.regions(), self._reader.categories()
        if regions != self._regions or (self._scope is None and nodes != self._nodes):
            self.reload()
            return
        self._nodes = nodes
        self._cache.clear()
        self._painted.clear()
        self._changed_everywhere()

    def summary_requested(self) -> None:
        """A new summary is being counted: selections made from now on may be missing
        from it, and the model keeps its own count until the next one."""
        self._toggles_at_request = self._toggles

    def set_summary(self, summary: EvidenceSummary | None) -> None:
        self._summary = summary
        if summary is None:
            self._selected = set()
        elif self._toggles == self._toggles_at_request:
            self._selected = set(summary.selected)
            if len(self._selected) != self._selected_count:
                self._selected_count = len(self._selected)
                self.selectedCountChanged.emit(self._selected_count)
        self._painted.clear()
        for block in self._blocks:
            block.tested = None
        self._totals = self._column_totals()
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
        self._toggles += 1
        cached = self._cache.get(key)
        if cached is not None:
            self._cache[key] = replace(cached, selected=selected, revision=revision)
        self._count_selection(key, selected)
        self._painted.clear()
        self._changed_everywhere()

    def region_column(self, region_id: str) -> int:
        for offset, region in enumerate(self._regions):
            if region.id == region_id:
                return FIRST_REGION + offset
        return -1

    def evidence_column(self, which: Evidence) -> int:
        return FIRST_REGION + len(self._regions) + int(which)

    def practice_row(self, practice_id: str) -> int:
        """The row of a practice if it is shown, else -1 (reads its category's keys)."""
        key = self._reader.practice_key(practice_id)
        if key is None:
            return -1
        for block, start in zip(self._blocks, self._starts, strict=True):
            keys = self._keys(block)
            if key in keys:
                return start + 1 + keys.index(key)
        return -1

    def row_at(self, row: int) -> MatrixRow | None:
        """The practice shown at ``row`` (None: a category row or out of range)."""
        if not 0 <= row < self._rows:
            return None
        block, offset = self._locate(row)
        return None if offset < 0 else self._record(block, offset)

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIRST_REGION + len(self._regions) + len(Evidence)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() != Column.SELECTED:
            return _CELL_FLAGS
        _block, offset = self._locate(index.row())
        return _HEADER_FLAGS if offset < 0 else _CHECK_FLAGS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            ascending = section == Column.PRACTICE
            return Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        if section == Column.SELECTED:
            return _texts(role, "Selected", "Selected for the final catalogue")
        if section == Column.PRACTICE:
            return _texts(role, "Practice", "Practices by category")
        region = section - FIRST_REGION
        if region < len(self._regions):
            return self._region_header(self._regions[region], role)
        which = Evidence(region - len(self._regions))
        return _texts(role, f"{_EVIDENCE_TITLES[which]}\n", _EVIDENCE_TIPS[which])

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        painted = self._painted.get(index.row())
        if painted is None:
            painted = self._paint(index.row())
        values = painted.get(role)
        if values is not None:
            return values[index.column()]
        return self._data_at(index.row(), index.column(), role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.SELECTED:
            return False
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or self._backend is None:
            return False
        wanted = _checked(value)
        if wanted == row.selected:
            return True
        return self._write_selection(index, row, wanted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (self._sort_key(column), descending)
        if self._sort[0] is not None and self._summary is None:
            self._sort_pending = True
            return
        self._sort_pending = False
        self._apply_sort()

    # -- rows ----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._painted.clear()
        self._blocks = []
        for node in self._nodes:
            if self._scope is None:
                block = _Block(node, node.total, None)
            else:
                keys = list(self._scope.get(node.id, ()))
                block = _Block(node, len(keys), keys)
            if block.count:
                self._blocks.append(block)
        self._starts, row = [], 0
        for block in self._blocks:
            self._starts.append(row)
            row += 1 + block.count
        self._rows = row
        self._totals = self._column_totals()

    def _locate(self, row: int) -> tuple[_Block, int]:
        """The block holding ``row`` and the practice's place in it (-1: the header)."""
        position = bisect_right(self._starts, row) - 1
        return self._blocks[position], row - self._starts[position] - 1

    def _keys(self, block: _Block) -> list[int]:
        if block.catalogue is None:
            block.catalogue = self._reader.practice_keys(block.node.id)
        if block.keys is None:
            block.keys = self._ordered(block.catalogue)
        return block.keys

    def _record(self, block: _Block, offset: int) -> MatrixRow | None:
        keys = self._keys(block)
        if offset >= len(keys):
            return None  # the category shrank since it was counted
        key = keys[offset]
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        before, after = _READ_AROUND
        window = [k for k in keys[max(0, offset - before) : offset + after] if k not in self._cache]
        self._cache.update(self._reader.rows(window))
        while len(self._cache) > ROW_CACHE:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    def _paint(self, row: int) -> dict[int, tuple[Any, ...]]:
        """Every role a delegate asks for when it paints ``row``, for all columns at once:
        a view asks for about ten roles per cell on every repaint, so a shown row costs a
        dictionary lookup per call. Roles not listed read as None."""
        block, offset = self._locate(row)
        if offset < 0:
            painted = self._paint_category(block)
        else:
            record = self._record(block, offset)
            painted = {} if record is None else self._paint_practice(record)
        for role in _PAINTED:
            painted.setdefault(role, (None,) * self.columnCount())
        if len(self._painted) >= PAINT_CACHE:
            self._painted.clear()
        self._painted[row] = painted
        return painted

    def _data_at(self, row: int, column: int, role: int) -> Any:
        block, offset = self._locate(row)
        if offset < 0:
            return self._category_data(block, column, role)
        record = self._record(block, offset)
        if record is None:
            return None
        if column == Column.SELECTED:
            return self._selected_data(record, role)
        if column == Column.PRACTICE:
            return self._practice_data(record, role)
        region = column - FIRST_REGION
        if region < len(self._regions):
            return self._cell_data(record, self._regions[region], role)
        return self._evidence_data(record, Evidence(region - len(self._regions)), role)

    def _changed_everywhere(self) -> None:
        if self._rows:
            last = self.index(self._rows - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- sorting -------------------------------------------------------------------------

    def _sort_key(self, column: int) -> str | None:
        if column == Column.SELECTED:
            return SortBy.SELECTED
        region = column - FIRST_REGION
        if 0 <= region < len(self._regions):
            return self._regions[region].id
        if 0 <= region - len(self._regions) < len(Evidence):
            return _EVIDENCE_SORT[Evidence(region - len(self._regions))]
        return None  # the practice column, or none: catalogue order

    def _ordered(self, keys: list[int]) -> list[int]:
        by, descending = self._sort
        if by is None:
            return keys[::-1] if descending else keys
        if self._summary is None:
            return keys
        return self._summary.order(keys, by, descending=descending, selected=self._selected)

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = {id(block): block.keys for block in self._blocks}
        self._painted.clear()
        for block in self._blocks:
            if block.catalogue is not None:
                block.keys = self._ordered(block.catalogue)
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: dict[int, list[int] | None]) -> None:
        old = self.persistentIndexList()
        new: list[QModelIndex] = []
        positions: dict[int, dict[int, int]] = {}
        for index in old:
            position = bisect_right(self._starts, index.row()) - 1
            block, offset = self._blocks[position], index.row() - self._starts[position] - 1
            keys = before[id(block)]
            if offset < 0 or keys is None or block.keys is None or offset >= len(keys):
                new.append(self.index(index.row(), index.column()))
                continue
            where = positions.setdefault(position, {k: i for i, k in enumerate(block.keys)})
            row = self._starts[position] + 1 + where[keys[offset]]
            new.append(self.index(row, index.column()))
        self.changePersistentIndexList(old, new)

    # -- selection -----------------------------------------------------------------------

    def _write_selection(self, index: AnyIndex, row: MatrixRow, wanted: bool) -> bool:
        from sqlalchemy.exc import SQLAlchemyError

        from app.db.errors import DatabaseError
        from app.services.matrix_selection import choose

        assert self._backend is not None
        try:
            state = choose(self._backend.sessions, row.id, wanted, row.revision)
        except (DatabaseError, SQLAlchemyError) as error:
            self.writeFailed.emit(f"“{row.title}” could not be marked: {error}")
            return False
        self._toggles += 1
        self._cache[row.key] = replace(row, selected=state.selected, revision=state.revision)
        self._painted.pop(index.row(), None)
        self._count_selection(row.key, state.selected, was=row.selected)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selectionToggled.emit(row.id, state.selected, state.revision)
        return True

    def _count_selection(self, key: int, selected: bool, was: bool | None = None) -> None:
        if was is None:
            was = key in self._selected
        (self._selected.add if selected else self._selected.discard)(key)
        if selected != was:
            self._selected_count = max(0, self._selected_count + (1 if selected else -1))
            self.selectedCountChanged.emit(self._selected_count)

    # -- what cells show -----------------------------------------------------------------

    def _column_totals(self) -> dict[str, int] | None:
        summary = self._summary
        if summary is None:
            return None
        if self._scope is None:
            return summary.tested_per_region(range(len(summary.masks)))
        return summary.tested_per_region(k for keys in self._scope.values() for k in keys)

    def _region_header(self, region: RegionInfo, role: int) -> Any:
        total = None if self._totals is None else self._totals.get(region.id, 0)
        if role == _DISPLAY:
            return f"{region.name}\n{'…' if total is None else total}"
        if role == _TIP:
            who = f" — {region.partner_organisation}" if region.partner_organisation else ""
            count = "counting…" if total is None else f"{total} of the {self.practice_count}"
            return f"{region.label}{who}\nPractices tested here: {count} shown"
        if role == MatrixRole.REGION_ID:
            return region.id
        return None

    # What a view paints: every painted role of a row, for all columns at once.

    def _paint_category(self, block: _Block) -> dict[int, tuple[Any, ...]]:
        node, regions = block.node, len(self._regions)
        counted = f"{block.count} / {node.total}" if self._scope is not None else block.count
        tested = self._category_tested(block)
        counts = [None if tested is None else tested.get(r.id, 0) for r in self._regions]
        tail = (None,) * len(Evidence)
        return {
            _ROLE_DISPLAY: (
                None,
                f"{node.name}  {counted}",
                *(str(count) if count else "" for count in counts),  # zeros drown the rest
                *tail,
            ),
            _ROLE_FONT: (None, self._bold, *([None] * (regions + len(Evidence)))),
            _ROLE_ALIGN: (None, None, *([_CENTER] * regions), *tail),
            _ROLE_BACKGROUND: (self._band,) * self.columnCount(),
            _ROLE_KIND: (int(NodeKind.CATEGORY),) * self.columnCount(),
        }

    def _paint_practice(self, row: MatrixRow) -> dict[int, tuple[Any, ...]]:
        cells = [row.cells.get(region.id) for region in self._regions]
        statuses = [None if cell is None else cell.status for cell in cells]
        mean = row.mean_score
        score = "" if mean is None else f"{mean:.1f} ({row.score_count})"
        evidence = (str(row.regions_testing), str(row.completed), score)
        check = Qt.CheckState.Checked if row.selected else Qt.CheckState.Unchecked
        blanks = (None,) * len(Evidence)
        return {
            _ROLE_DISPLAY: (
                None,
                row.title,
                *(
                    "" if c is None else f"{STATUS_SYMBOLS[c.status or '']} {c.notes}"
                    for c in cells
                ),
                *evidence,
            ),
            _ROLE_ALIGN: (None, None, *([_CENTER] * (len(cells) + len(Evidence)))),
            _ROLE_BACKGROUND: (
                None,
                None,
                *(self._brushes.get(s or "") for s in statuses),
                *blanks,
            ),
            _ROLE_FOREGROUND: (
                None,
                None,
                *(None if s is None else self._ink for s in statuses),
                *blanks,
            ),
            _ROLE_CHECK: (check, *([None] * (self.columnCount() - 1))),
            _ROLE_KIND: (int(NodeKind.PRACTICE),) * self.columnCount(),
        }

    # What views ask for now and then (tooltips, accessibility, ids, raw sort values).

    def _category_data(self, block: _Block, column: int, role: int) -> Any:
        node = block.node
        if role == Role.ID:
            return node.id
        if role not in (_TIP, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == Column.PRACTICE:
            return f"{node.name}: {block.count} practices shown"
        region = column - FIRST_REGION
        tested = self._category_tested(block)
        if not 0 <= region < len(self._regions) or tested is None:
            return None
        name, count = self._regions[region].name, tested.get(self._regions[region].id, 0)
        return f"{name} tests {count} of the {block.count} practices of {node.name}"

    def _category_tested(self, block: _Block) -> dict[str, int] | None:
        if self._summary is None:
            return None
        if block.tested is None:
            block.tested = self._summary.tested_per_region(self._keys(block))
        return block.tested

    def _selected_data(self, row: MatrixRow, role: int) -> Any:
        if role == _TIP:
            return "Selected for the final catalogue" if row.selected else "Not selected"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "selected" if row.selected else "not selected"
        return self._practice_roles(row, role, int(row.selected))

    def _practice_data(self, row: MatrixRow, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title
        if role == _TIP:
            mean = row.mean_score
            score = "no score" if mean is None else f"mean score {mean:.1f} ({row.score_count})"
            head = f"{row.title}\n{row.subtitle}" if row.subtitle else row.title
            return (
                f"{head}\nTested in {row.regions_testing} of {len(self._regions)} regions · "
                f"{row.completed} completed · {row.notes} notes · {score}"
            )
        return self._practice_roles(row, role, row.title)

    def _cell_data(self, row: MatrixRow, region: RegionInfo, role: int) -> Any:
        cell = row.cells.get(region.id)
        status = None if cell is None else cell.status
        if role == _TIP:
            return self._cell_tip(row, region)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            notes = 0 if cell is None else cell.notes
            return f"{region.name}: {status_label(status)}, {notes} notes"
        if role == MatrixRole.REGION_ID:
            return region.id
        if role == MatrixRole.STATUS:
            return status
        if role == MatrixRole.NOTES:
            return 0 if cell is None else cell.notes
        return self._practice_roles(row, role, _RANK.get(status or "", 0))

    def _cell_tip(self, row: MatrixRow, region: RegionInfo) -> str:
        found = self._reader.cell_notes(row.id, region.id)
        if not found.total:
            return f"{row.title} — {region.label}\nNo notes yet"
        lines = [f"{row.title} — {region.label}"]
        for note in found.notes:
            text = note.outcome or "(no outcome written)"
            who = f" · {note.author}" if note.author else ""
            symbol = STATUS_SYMBOLS.get(note.status, "")
            lines.append(
                f"{symbol} {note.date.isoformat()} {status_label(note.status)}{who}: {text}"
            )
        if found.total > len(found.notes):
            lines.append(f"… and {found.total - len(found.notes)} more")
        lines.append("Double-click to open these notes")
        return "\n".join(lines)

    def _evidence_data(self, row: MatrixRow, which: Evidence, role: int) -> Any:
        if role == _TIP:
            return _EVIDENCE_TIPS[which]
        if which == Evidence.REGIONS:
            raw: Any = row.regions_testing
        elif which == Evidence.COMPLETED:
            raw = row.completed
        else:
            raw = -1.0 if row.mean_score is None else row.mean_score
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_EVIDENCE_TITLES[which]}: {'none' if raw == -1.0 else raw}"
        return self._practice_roles(row, role, raw)

    def _practice_roles(self, row: MatrixRow, role: int, raw: Any) -> Any:
        if role == Role.ID or role == MatrixRole.PRACTICE_ID:
            return row.id
        if role == MatrixRole.RAW:
            return raw
        return None


def _texts(role: int, display: str, tip: str) -> str | None:
    if role == _DISPLAY:
        return display
    return tip if role == _TIP else None


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
