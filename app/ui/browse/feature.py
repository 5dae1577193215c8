"""The browse room: the filter box and category tree, and the background search indexer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.ui.browse.pane import CataloguePane
from app.ui.common.locale_format import number_text
from app.ui.common.translation import fill
from app.ui.core.actions import ActionName

if TYPE_CHECKING:
    from app.services.search.searcher import SearchResult
    from app.ui.browse.index_worker import IndexWorker
    from app.ui.core.feature import Shell

translate = QCoreApplication.translate


class BrowseFeature(QObject):
    practiceSelected = Signal(str)  # noqa: N815 - Qt signal naming
    categorySelected = Signal(str)  # noqa: N815
    filterApplied = Signal(str)  # noqa: N815  (a sentence for the status bar)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        catalogue = shell.open_catalogue
        self.pane = CataloguePane(catalogue.reader, catalogue.path, shell.dialog_parent)
        self.indexer: IndexWorker | None = None
        self._stopped = False

    def install(self, shell: Shell) -> None:
        actions, pane = shell.registry, self.pane
        actions[ActionName.FIND].triggered.connect(pane.focus_filter)
        actions[ActionName.EXPAND_ALL].triggered.connect(pane.tree.expandAll)
        actions[ActionName.COLLAPSE_ALL].triggered.connect(pane.tree.collapseAll)
        actions[ActionName.FOCUS_TREE].triggered.connect(lambda: pane.tree.setFocus())
        pane.practiceSelected.connect(self.practiceSelected)
        pane.categorySelected.connect(self.categorySelected)
        pane.filterApplied.connect(self.filterApplied)

    # -- what the shell asks -------------------------------------------------------------

    def select_practice(self, practice_id: str) -> bool:
        """Select a practice in the tree, clearing the filter when it hides the practice."""
        if self.pane.select_practice(practice_id):
            return True
        self.pane.filter_edit.clear()
        return self.pane.select_practice(practice_id)

    def current_result(self) -> SearchResult | None:
        return self.pane.current_result()

    def status_text(self) -> str:
        return self.pane.status_text()

    def category_total(self, category_id: str) -> int:
        reader = self._shell.open_catalogue.reader
        return next((node.total for node in reader.categories() if node.id == category_id), 0)

    def refilter(self) -> None:
        self.pane.refilter()

    def reload(self) -> None:
        self.pane.reload()

    def start_indexer(self) -> None:
        """Catch the search index up after an import, in the background."""
        from app.ui.browse.index_worker import IndexWorker

        if self._stopped or self._shell.open_catalogue.read_only:
            return
        if self.indexer is not None and self.indexer.isRunning():
            return
        self.indexer = IndexWorker(self._shell.open_catalogue.path, self)
        self.indexer.progressed.connect(self._index_progress)
        self.indexer.done.connect(self._index_done)
        self.indexer.start()

    def resume_indexing(self) -> None:
        """An import's indexing was interrupted (a crash, a quit): finish it now."""
        from app.ui.browse.index_worker import has_pending

        if has_pending(self._shell.open_catalogue.path):
            self.start_indexer()

    def _index_progress(self, left: int, total: int) -> None:
        self._shell.show_message(
            fill(
                translate(
                    "SearchIndex", "Updating the search index: %1 of %Ln practice(s)", None, total
                ),
                number_text(total - left),
            ),
            3000,
        )

    def _index_done(self) -> None:
        if not self._stopped:
            self._shell.show_message(
                translate("SearchIndex", "The search index is up to date."), 5000
            )
            self.pane.refilter()

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.indexer is not None:
            self.indexer.stop()
        self.pane.shutdown()
