"""The main window: composes the panes, menus and status bar; the panes do the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QWidget

from app.services.catalogue_reader import CatalogueReader
from app.ui.about import show_about, show_filter_help
from app.ui.actions import ActionName, Actions
from app.ui.catalogue_pane import CataloguePane
from app.ui.practice_detail import PracticeDetailView
from app.ui.window_state import restore_state, save_state

MENUS: dict[str, list[ActionName | None]] = {
    "&File": [ActionName.QUIT],
    "&Edit": [ActionName.FIND],
    "&View": [
        ActionName.FOCUS_TREE,
        ActionName.FOCUS_DETAIL,
        None,
        ActionName.EXPAND_ALL,
        ActionName.COLLAPSE_ALL,
    ],
    "&Help": [ActionName.FILTER_HELP, None, ActionName.ABOUT],
}


class MainWindow(QMainWindow):
    def __init__(self, path: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{path.name} — Practice Catalogue")
        self.database_path = path
        self.settings = settings
        self.reader = CatalogueReader(path)
        self.registry = Actions(self)
        self.catalogue = CataloguePane(self.reader, path, self)
        self.detail = PracticeDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.catalogue)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("matchCount")
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()
        self._connect()
        restore_state(self, self)
        self.status_label.setText(self.catalogue.status_text())
        self._closed = False

    def _build_menus(self) -> None:
        for title, names in MENUS.items():
            menu: QMenu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.registry[name])

    def _connect(self) -> None:
        actions, pane = self.registry, self.catalogue
        actions[ActionName.QUIT].triggered.connect(self.close)
        actions[ActionName.FIND].triggered.connect(pane.focus_filter)
        actions[ActionName.EXPAND_ALL].triggered.connect(pane.tree.expandAll)
        actions[ActionName.COLLAPSE_ALL].triggered.connect(pane.tree.collapseAll)
        actions[ActionName.FOCUS_TREE].triggered.connect(lambda: pane.tree.setFocus())
        actions[ActionName.FOCUS_DETAIL].triggered.connect(lambda: self.detail.setFocus())
        actions[ActionName.FILTER_HELP].triggered.connect(lambda: show_filter_help(self))
        actions[ActionName.ABOUT].triggered.connect(lambda: show_about(self))
        pane.practiceSelected.connect(self.show_practice)
        pane.categorySelected.connect(self.show_category)
        pane.filterApplied.connect(self.status_label.setText)
        self.detail.internalLinkActivated.connect(pane.select_practice)

    def show_practice(self, practice_id: str) -> None:
        detail = self.reader.practice_detail(practice_id)
        if detail is None:
            self.detail.show_nothing()
        else:
            self.detail.show_practice(detail)

    def show_category(self, category_id: str) -> None:
        detail = self.reader.category_detail(category_id)
        if detail is None:
            self.detail.show_nothing()
            return
        total = next((n.total for n in self.reader.categories() if n.id == category_id), 0)
        self.detail.show_category(detail, total)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closed:
            save_state(self, self)
            self.catalogue.shutdown()
            self.reader.close()
            self._closed = True
        event.accept()
