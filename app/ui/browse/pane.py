"""The left pane: the filter box above the category tree, with a friendly empty state.

Typing submits the query to a ``SearchWorker``; results come back by generation and only the
newest is applied. Categories with matches are expanded while filtering; the person's own
expansion is put back when the filter is cleared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue_reader import CatalogueReader
from app.services.search.searcher import SearchResult
from app.ui.browse.filter_edit import FilterEdit
from app.ui.browse.model import CatalogueTreeModel
from app.ui.browse.search_worker import SearchWorker
from app.ui.common.locale_format import number_text
from app.ui.common.roles import NodeKind, Role
from app.ui.common.translation import fill

translate = QCoreApplication.translate


class CataloguePane(QWidget):
    practiceSelected = Signal(str)  # noqa: N815 - Qt signal naming
    categorySelected = Signal(str)  # noqa: N815
    selectionCleared = Signal()  # noqa: N815
    filterApplied = Signal(str)  # noqa: N815  (a sentence for the status bar)

    def __init__(self, reader: CatalogueReader, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogueTreeModel(reader, self)
        self.filter_edit = FilterEdit(self)
        self.tree = self._make_tree()
        self.empty_state = self._make_empty_state()
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self._stack, 1)
        self.setFocusProxy(self.filter_edit)  # (the tree as proxy made Tab skip the filter)
        # A large font must not squeeze the tree to "He…": room for about 16 characters.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)

        self._generation = 0
        self._applied = 0
        self._user_expanded: set[str] | None = None  # saved while a filter is shown
        self._ignored: tuple[str, ...] = ()
        self._incomplete = False
        self._worker = SearchWorker(path, self)
        self._worker.resultReady.connect(self._apply_result)
        self._worker.failed.connect(self._search_failed)
        self._worker.start()
        # The catalogue order the filter needs is read now, on the worker, while the window is
        # built and painted: SQLite does it without the interpreter's lock, so it does not
        # hold up the first paint, and the first keystroke finds it ready (or nearly: a query
        # interrupts the read and the search finishes it).
        self._worker.prepare()
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.leaveDown.connect(self._focus_first_match)

    # -- public --------------------------------------------------------------------------

    @property
    def settled(self) -> bool:
        """True when the tree shows the result of what is in the filter box now."""
        return self._applied == self._generation

    def current_result(self) -> SearchResult | None:
        """The filter result the tree shows (None: the whole catalogue)."""
        return self.model.result

    def shutdown(self) -> None:
        self._worker.stop()

    def status_text(self) -> str:
        total = self.model.total_practices
        if not self.model.filtered:
            text = fill(
                #: %1 is "15 practices", %2 is "6 categories".
                translate("CatalogueStatus", "%1 in %2", "practices in categories"),
                translate("CatalogueStatus", "%Ln practice(s)", None, total),
                translate("CatalogueStatus", "%Ln category(ies)", None, self.model.category_count),
            )
        else:
            shown = self.model.shown_practices
            text = (
                fill(
                    translate("CatalogueStatus", "%1 of %Ln practice(s) match", None, total),
                    number_text(shown),
                )
                if shown
                else translate("CatalogueStatus", "No practice matches")
            )
        if self._ignored:
            # The reasons come from the search service, in its words.
            text = fill(
                translate("CatalogueStatus", "%1 · ignored: %2"), text, "; ".join(self._ignored)
            )
        if self.model.filtered and self._incomplete:
            text = fill(
                translate(
                    "CatalogueStatus",
                    "%1 · the search index is still being updated: some matches may be missing",
                ),
                text,
            )
        return text

    def expanded_category_ids(self) -> list[str]:
        if self._user_expanded is not None:
            return sorted(self._user_expanded)
        return self._expanded_now()

    def expand_categories(self, category_ids: list[str]) -> None:
        for category_id in category_ids:
            index = self.model.category_index(category_id)
            if index.isValid():
                self.tree.expand(index)

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def select_practice(self, practice_id: str) -> bool:
        # Lay the tree out before the model exposes rows for this practice: after a reset
        # (an import, a restore) rows inserted under a category the view had not laid out
        # yet left it with no rows laid out at all, and an empty-looking tree.
        self.tree.doItemsLayout()
        index = self.model.practice_index(practice_id)
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def reload(self) -> None:
        """The data changed: re-read and re-run the current filter."""
        selected = self.selected_id()
        expanded = self._expanded_now()
        self.model.reload()
        self.expand_categories(expanded)
        if selected:
            self.select_practice(selected)
        self.refilter()

    def refilter(self) -> None:
        """Notes or practices changed: run the current filter again (no-op when unfiltered)."""
        if self.filter_edit.text().strip():
            self._filter_changed(self.filter_edit.text())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- construction --------------------------------------------------------------------

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("categoryTree")
        tree.setAccessibleName(translate("CataloguePane", "Practices by category"))
        tree.setAccessibleDescription(
            translate(
                "CataloguePane",
                "Service categories and their practices. Arrow keys move, Right opens a category,"
                " Enter on a “more” row shows the next practices.",
            )
        )
        tree.setModel(self.model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)  # lets the view skip measuring 100,000 rows
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAnimated(False)
        tree.selectionModel().selectionChanged.connect(self._selection_changed)
        tree.activated.connect(self._activated)
        return tree

    def _make_empty_state(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("filterEmptyState")
        label.setAccessibleName(translate("CataloguePane", "No matching practice"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setMargin(16)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.setAutoFillBackground(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    # -- filtering -----------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self._generation += 1
        if not text.strip():
            self._show(None)
            return
        if self._user_expanded is None:
            self._user_expanded = set(self._expanded_now())
        self._worker.submit(self._generation, text)

    def _apply_result(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # the person typed on; a newer query is under way
        self._show(result)

    def _search_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            # The message is SQLite's, as the search service passed it on.
            self.filterApplied.emit(
                fill(translate("CatalogueStatus", "The filter failed: %1"), message)
            )

    def _show(self, result: SearchResult | None) -> None:
        self._applied = self._generation
        selected = self.selected_id()
        self.model.apply(result)
        self._ignored = result.query.ignored if result is not None else ()
        self._incomplete = result.index_incomplete if result is not None else False
        if self.model.filtered:
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))
        elif self._user_expanded is not None:
            self.expand_categories(sorted(self._user_expanded))
            self._user_expanded = None
        if selected and not self.select_practice(selected):
            index = self.model.category_index(selected)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._update_empty_state()
        self.filterApplied.emit(self.status_text())

    def _update_empty_state(self) -> None:
        empty = self.model.filtered and self.model.shown_practices == 0
        if empty:
            self.empty_state.setText(
                fill(
                    translate(
                        "CataloguePane",
                        "No practice matches “%1”.\n\n"
                        "Check the spelling, remove a word, or press Esc to clear the filter.",
                    ),
                    self.filter_edit.text().strip(),
                )
            )
        self._stack.setCurrentWidget(self.empty_state if empty else self.tree)

    def _focus_first_match(self) -> None:
        """Down or Enter in the filter: into the tree, on the first practice shown."""
        current = self.tree.currentIndex()
        if not (current.isValid() and current.data(Role.KIND) == NodeKind.PRACTICE):
            first = self.model.index(0, 0)
            if first.isValid():
                self.model.fetchMore(first)
                child = self.model.index(0, 0, first)
                self.tree.setCurrentIndex(child if child.isValid() else first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _expanded_now(self) -> list[str]:
        return [
            self.model.index(row, 0).data(Role.ID)
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        ]

    # -- selection -----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) == NodeKind.MORE:
            row = index.row()
            self.model.fetchMore(index.parent())
            self.tree.setCurrentIndex(self.model.index(row, 0, index.parent()))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            if not self.tree.selectionModel().hasSelection():
                self.selectionCleared.emit()
            return
        index = indexes[0]
        kind = index.data(Role.KIND)
        if kind == NodeKind.PRACTICE:
            self.practiceSelected.emit(index.data(Role.ID))
        elif kind == NodeKind.CATEGORY:
            self.categorySelected.emit(index.data(Role.ID))
