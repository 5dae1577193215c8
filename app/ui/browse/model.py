"""The category tree: categories at the top, their practices below, filtered or not.

A thin adapter over ``CatalogueReader``: it holds categories (a few dozen) and, per category,
the ordered integer keys of its practices, loaded when the category is first expanded and
exposed to views in batches (``fetchMore``). Titles are fetched only for rows a view asks
about, through a bounded cache, so 100,000 practices never sit in memory as objects.

A view lays out every exposed row, calling back into Python for each, so exposing 30,000 rows
at once blocks the GUI for about half a second. While filtering, each category therefore
shows a first batch sized so that all of them together stay near ``FILTER_BUDGET`` rows, and a
long category ends with a "… N more" row; activating it (or scrolling to the end) shows more.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette

from app.services.catalogue_reader import CatalogueReader
from app.services.dto import CategoryNode, PracticeRow
from app.services.search.searcher import SearchResult
from app.ui.common.locale_format import number_text
from app.ui.common.roles import NodeKind, Role
from app.ui.common.translation import fill

translate = QCoreApplication.translate

BATCH = 500  # rows exposed per fetchMore
FILTER_BUDGET = 600  # rows exposed across all categories when a filter is applied
MIN_FIRST_BATCH = 10
ROW_CACHE = 20_000  # practice rows kept for display
_READ_AROUND = (100, 300)  # rows fetched before and after a row that misses the cache

AnyIndex = QModelIndex | QPersistentModelIndex
_TOP = 0  # internalId of category indexes; practices carry their category's row + 1
_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
)  # computed once: views ask per row
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class _Category:
    """A category as the tree shows it (a plain class: a dataclass's is built at import, about
    half a millisecond on the way to the first paint)."""

    __slots__ = ("first_batch", "keys", "more_hidden", "node", "shown")

    def __init__(
        self, node: CategoryNode, keys: list[int] | None, first_batch: int = BATCH
    ) -> None:
        self.node = node
        self.keys = keys  # None: not loaded yet
        self.first_batch = first_batch
        self.shown = 0  # practices exposed to views so far
        self.more_hidden = False  # the "more" row is being replaced

    @property
    def count(self) -> int:
        return self.node.total if self.keys is None else len(self.keys)

    @property
    def rows(self) -> int:
        """Rows a view sees: the exposed practices, plus "… N more" once some are exposed."""
        if self.shown == 0 or self.more_hidden:
            return self.shown
        return self.shown + (1 if self.shown < self.count else 0)


class CatalogueTreeModel(QAbstractItemModel):
    def __init__(self, reader: CatalogueReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._nodes: list[CategoryNode] = []
        self._categories: list[_Category] = []
        self._all_keys: dict[str, list[int]] = {}  # unfiltered keys, by category id
        self._rows: OrderedDict[int, PracticeRow] = OrderedDict()
        self._result: SearchResult | None = None
        self._changing = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._dim = QPalette().brush(QPalette.ColorRole.PlaceholderText)
        self.reload()

    # -- what the rest of the UI calls ---------------------------------------------------

    @property
    def filtered(self) -> bool:
        return self._result is not None and self._result.filtered

    @property
    def result(self) -> SearchResult | None:
        """The filter result shown (None: unfiltered)."""
        return self._result

    @property
    def category_count(self) -> int:
        return len(self._nodes)

    @property
    def total_practices(self) -> int:
        return sum(node.total for node in self._nodes)

    @property
    def shown_practices(self) -> int:
        return sum(category.count for category in self._categories)

    def reload(self) -> None:
        """Re-read categories and forget cached rows (after the data changed)."""
        self.beginResetModel()
        self._nodes = self._reader.categories()
        self._all_keys.clear()
        self._rows.clear()
        self._rebuild()
        self.endResetModel()

    def apply(self, result: SearchResult | None) -> None:
        """Show the practices of ``result`` (None or unfiltered: the whole catalogue)."""
        self.beginResetModel()
        self._result = result if result is not None and result.filtered else None
        self._rebuild()
        self.endResetModel()

    def category_index(self, category_id: str) -> QModelIndex:
        for row, category in enumerate(self._categories):
            if category.node.id == category_id:
                return self.index(row, 0)
        return QModelIndex()

    def practice_index(self, practice_id: str) -> QModelIndex:
        """The index of a practice if it is shown, fetching rows up to it as needed."""
        key = self._reader.practice_key(practice_id)
        if key is None:
            return QModelIndex()
        rows = self._reader.practice_rows([key])
        if key not in rows:
            return QModelIndex()
        parent = self.category_index(rows[key].category_id)
        if not parent.isValid():
            return QModelIndex()
        category = self._categories[parent.row()]
        keys = self._keys(category)
        try:
            position = keys.index(key)
        except ValueError:
            return QModelIndex()
        if position >= category.shown:
            self._expose(parent, position + 1 - category.shown)
        return self.index(position, 0, parent)

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._categories):
                return self.createIndex(row, 0, _TOP)
            return QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self._categories):
            return QModelIndex()
        if row < self._categories[parent.row()].rows:
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == _TOP and parent.column() == 0:
            return self._categories[parent.row()].rows
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if not parent.isValid():
            return bool(self._categories)
        if parent.internalId() == _TOP and parent.column() == 0:
            return self._categories[parent.row()].count > 0
        return False

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        if not parent.isValid() or parent.internalId() != _TOP:
            return False
        category = self._categories[parent.row()]
        return category.shown < category.count

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        # Views and testers may call back from the signals of a change under way.
        if self._changing:
            return
        if self.canFetchMore(parent):
            category = self._categories[parent.row()]
            self._expose(parent, category.first_batch if category.shown == 0 else BATCH)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CategoryTree", "Catalogue")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._category_data(self._categories[index.row()], role)
        category = self._categories[index.internalId() - 1]
        if index.row() >= category.shown:
            return self._more_data(category, role)
        return self._practice_data(self._row(category, index.row()), role)

    # -- internals -----------------------------------------------------------------------

    def _rebuild(self) -> None:
        if self._result is None:
            self._categories = [_Category(node, None) for node in self._nodes]
            return
        matches = self._result.keys_by_category
        shown = [node for node in self._nodes if matches.get(node.id)]
        first = max(MIN_FIRST_BATCH, FILTER_BUDGET // max(len(shown), 1))
        self._categories = [_Category(node, matches[node.id], first) for node in shown]

    def _keys(self, category: _Category) -> list[int]:
        if category.keys is None:
            node_id = category.node.id
            if node_id not in self._all_keys:
                self._all_keys[node_id] = self._reader.practice_keys(node_id)
            category.keys = self._all_keys[node_id]
        return category.keys

    def _expose(self, parent: AnyIndex, count: int) -> None:
        """Show ``count`` more practices: the old "more" row goes, the practices and a new
        "more" row (if some are still hidden) come in its place."""
        category = self._categories[parent.row()]
        count = min(count, len(self._keys(category)) - category.shown)
        if count <= 0:
            return
        first = category.shown
        self._changing = True
        try:
            if category.rows > first:
                self.beginRemoveRows(parent, first, first)
                category.more_hidden = True
                self.endRemoveRows()
            more = 1 if first + count < category.count else 0
            self.beginInsertRows(parent, first, first + count + more - 1)
            category.shown += count
            category.more_hidden = False
            self.endInsertRows()
        finally:
            self._changing = False

    def _row(self, category: _Category, row: int) -> PracticeRow | None:
        keys = self._keys(category)
        key = keys[row]
        cached = self._rows.get(key)
        if cached is not None:
            self._rows.move_to_end(key)
            return cached
        before, after = _READ_AROUND
        window = [k for k in keys[max(0, row - before) : row + after] if k not in self._rows]
        self._rows.update(self._reader.practice_rows(window))
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        return self._rows.get(key)

    def _category_data(self, category: _Category, role: int) -> Any:
        node = category.node
        if role == Qt.ItemDataRole.DisplayRole:
            if self.filtered:
                return f"{node.name}  {number_text(category.count)} / {number_text(node.total)}"
            return f"{node.name}  {number_text(node.total)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.description or node.name
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _category_reading(node, category.count if self.filtered else None)
        return _common(role, NodeKind.CATEGORY, node.id, node.name, category.count, node.total)

    def _more_data(self, category: _Category, role: int) -> Any:
        hidden = category.count - category.shown
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("CategoryTree", "… %Ln more (Enter to show)", None, hidden)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                translate(
                    "CategoryTree", "Show the next %Ln practice(s) of %1", None, min(hidden, BATCH)
                ),
                category.node.name,
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._dim
        if role == Role.KIND:
            return int(NodeKind.MORE)
        return None

    def _practice_data(self, row: PracticeRow | None, role: int) -> Any:
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.title} — {row.subtitle}" if row.subtitle else row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.subtitle}" if row.subtitle else row.title
        return _common(role, NodeKind.PRACTICE, row.id, row.title, None, None)


def _category_reading(node: CategoryNode, matches: int | None) -> str:
    """What a screen reader says for a category row: "Education and training, 3 practices",
    or while filtering "…, 2 of 3 practices match"."""
    if matches is None:
        return fill(translate("CategoryTree", "%1, %n practice(s)", None, node.total), node.name)
    return fill(
        translate("CategoryTree", "%1, %2 of %n practice(s) match", None, node.total),
        node.name,
        number_text(matches),
    )


def _common(
    role: int, kind: NodeKind, node_id: str, name: str, matches: int | None, total: int | None
) -> Any:
    if role == Role.KIND:
        return int(kind)
    if role == Role.ID:
        return node_id
    if role == Role.NAME:
        return name
    if role == Role.MATCHES:
        return matches
    if role == Role.TOTAL:
        return total
    return None
