"""The main window: lays out the features' panes, builds menus and toolbar from the action
registry, and mediates between features. It does none of their work.

Features (``app.ui.<room>.feature``) own their widgets, actions and workers; they talk to each
other only through the signals connected here and their public methods. ``shutdown`` saves
what is being typed and stops every worker; it runs on close, on ``aboutToQuit``, on a
termination signal and at interpreter exit, and is safe to call twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QWidget

from app.services.store import warm_up
from app.ui.browse.feature import BrowseFeature
from app.ui.common.translation import fill
from app.ui.core.actions import ActionName, Actions
from app.ui.core.open_catalogue import OpenCatalogue
from app.ui.core.when_idle import WhenIdle
from app.ui.matrix.feature import MatrixFeature
from app.ui.notes.feature import NotesFeature
from app.ui.practice.feature import PracticeFeature
from app.ui.safety.feature import SafetyFeature
from app.ui.shell import leaving
from app.ui.shell.menus import build_menus, build_toolbar, read_only_banner, stacked, vertical
from app.ui.shell.window_state import restore_state, save_state
from app.ui.sync.feature import SyncFeature
from app.ui.transfers.feature import TransfersFeature

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.exchange.merge_plan import MergePlan
    from app.ui.core.feature import Feature

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    firstPainted = Signal()  # noqa: N815 - once, right after the window first reached the screen

    def __init__(
        self,
        path: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        title = (
            translate("MainWindow", "%1 — Practice Catalogue (read-only)")
            if read_only
            else translate("MainWindow", "%1 — Practice Catalogue")
        )
        self.setWindowTitle(fill(title, path.name))
        self.database_path = path
        self.read_only = read_only
        self.settings = settings
        self._catalogue = OpenCatalogue(path, read_only=read_only, parent=self)
        self.undo_stack = QUndoStack(self)
        self.idle = WhenIdle(self)  # start-up's background work: after the paint, in a pause
        self.registry = Actions(self)
        self.browse = BrowseFeature(self)
        self.practice = PracticeFeature(self)
        self.notes_feature = NotesFeature(self, settings, self.undo_stack)
        self.matrix_feature = MatrixFeature(self)
        self.transfers = TransfersFeature(self)
        self.safety = SafetyFeature(self)
        self.sync = SyncFeature(self)
        self.features: list[Feature] = [
            self.browse,
            self.practice,
            self.notes_feature,
            self.matrix_feature,
            self.transfers,
            self.safety,
            self.sync,
        ]
        self.idle.later(self.notes_feature.offer_drafts)  # a crash's drafts: not mid-typing
        if not read_only:  # the write path's import (~0.4 s of CPU), the start backup, ...
            for task in (warm_up, self.safety.start_backups, self.browse.resume_indexing):
                self.idle.later(task)
        for feature in self.features:
            feature.install(self)
        self._lay_out()
        build_menus(self, self.registry, self.undo_stack, settings)
        self.addToolBar(build_toolbar(self, self.registry))
        self._connect()
        if read_only:
            for room in (self.practice, self.notes_feature, self.transfers):
                room.set_read_only()
        restore_state(self, self)
        self.browse.pane.setFocus()  # the first keystroke filters (the pane's proxy is the filter)
        self.status_label.setText(self.browse.status_text())
        self._closed = False
        self._painted = False
        leaving.watch(self)

    def _lay_out(self) -> None:
        self.detail_splitter = vertical(self.practice.widget, self.notes_feature.widget)
        self.detail_splitter.setObjectName("detailSplitter")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.browse.pane)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.banner = read_only_banner(self.read_only)
        central = stacked(self.banner, self.splitter)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("matchCount")
        self.status_label.setAccessibleName(translate("MainWindow", "Filter result"))
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.sync.indicator)

    def _connect(self) -> None:
        from app.ui.shell.about import show_about, show_filter_help

        browse, practice, notes, matrix = (
            self.browse,
            self.practice,
            self.notes_feature,
            self.matrix_feature,
        )
        self.registry[ActionName.QUIT].triggered.connect(self.close)
        self.registry[ActionName.ABOUT].triggered.connect(lambda: show_about(self))
        self.registry[ActionName.FILTER_HELP].triggered.connect(lambda: show_filter_help(self))
        browse.practiceSelected.connect(self.show_practice)
        browse.categorySelected.connect(self.show_category)
        browse.filterApplied.connect(self.status_label.setText)
        browse.filterApplied.connect(lambda _text: matrix.apply(browse.current_result()))
        practice.practiceChanged.connect(self._practice_changed)
        practice.selectionToggled.connect(self._selection_toggled)
        practice.linkActivated.connect(browse.select_practice)
        notes.notesChanged.connect(self._notes_changed)
        notes.changedElsewhere.connect(self._changed_elsewhere)
        notes.practiceWanted.connect(self.go_to_practice)
        notes.practiceConflictOpened.connect(self._edit_practice_conflict)
        matrix.openNotes.connect(self.open_notes)
        matrix.selectionToggled.connect(self._selection_toggled)
        matrix.filterWanted.connect(lambda: matrix.apply(browse.current_result()))
        self.safety.restored.connect(self.reload_everything)
        self._catalogue.changed.connect(self._changed_elsewhere)

    # -- what features may ask of the shell (``app.ui.core.feature.Shell``) --------------

    @property
    def dialog_parent(self) -> QMainWindow:
        return self

    @property
    def open_catalogue(self) -> OpenCatalogue:
        return self._catalogue

    def when_idle(self, task: Callable[[], object]) -> None:
        self.idle.later(task)

    def show_message(self, text: str, milliseconds: int = 6000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def flush_edits(self) -> bool:
        self.practice.flush()
        return self.notes_feature.flush()

    def current_practice_id(self) -> str | None:
        return self.practice.shown_id

    def reload_everything(self) -> None:
        """The whole file changed (a backup restored, an import): read everything again."""
        for feature in self.features:
            feature.reload()
        shown = self.practice.shown_id
        if shown and self._catalogue.reader.practice_detail(shown):
            self.show_practice(shown)
        else:
            self.practice.show_nothing()

    def after_import(self, plan: MergePlan) -> None:
        self.reload_everything()  # an import returns searchable (its documents composed inside)
        self.browse.resume_indexing()  # a queue an older version left, if any

    # -- mediating between features ------------------------------------------------------

    def show_practice(self, practice_id: str) -> None:
        shown = self.practice.show_practice(practice_id)
        self.notes_feature.set_practice(practice_id if shown else None)

    def show_category(self, category_id: str) -> None:
        self.practice.show_category(category_id, self.browse.category_total(category_id))
        self.notes_feature.set_practice(None)

    def go_to_practice(self, practice_id: str) -> None:
        self.browse.select_practice(practice_id)
        self.show_practice(practice_id)

    def open_notes(self, practice_id: str, region_id: str) -> None:
        """A matrix cell was opened: the practice, its notes filtered to that region."""
        self.browse.select_practice(practice_id)
        self.notes_feature.show_region(region_id or None)
        self.bring_to_front()

    def open_matrix(self) -> None:
        self.matrix_feature.open()

    def export_matrix(self, target: Path) -> str:
        """Write the final catalogue's matrix as PNG, CSV or XLSX (the matrix feature paints it)."""
        return self.matrix_feature.export_selected(target)

    def _edit_practice_conflict(self, practice_id: str) -> None:
        if self.browse.select_practice(practice_id):
            self.practice.open_editor()

    def _practice_changed(self, practice_id: str) -> None:
        self.practice.refresh(practice_id)
        self.browse.reload()
        self.matrix_feature.reload()

    def _selection_toggled(self, practice_id: str, selected: bool, revision: int) -> None:
        self.practice.selection_changed(practice_id, revision)
        self.matrix_feature.selection_changed(practice_id, selected, revision)

    def _notes_changed(self, practice_id: str) -> None:
        self.practice.refresh(practice_id)
        self.browse.refilter()
        self.matrix_feature.reload()

    def _changed_elsewhere(self) -> None:
        self.notes_feature.changed_elsewhere()
        shown = self.practice.shown_id
        if shown is not None and self._catalogue.reader.practice_detail(shown) is not None:
            self._notes_changed(shown)
        else:
            self.browse.refilter()

    def bring_to_front(self) -> None:
        """Another start of the application on this file knocked: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- the features' widgets, for window state and automation ---------------------------

    catalogue = property(lambda self: self.browse.pane, doc="The filter box and tree.")
    notes = property(lambda self: self.notes_feature.pane, doc="The notes pane.")
    detail = property(lambda self: self.practice.detail, doc="The detail view.")
    selection_toggle = property(lambda self: self.practice.selection_toggle)
    practice_editor = property(lambda self: self.practice.editor)
    editing_practice = property(lambda self: self.practice.editing)
    matrix = property(lambda self: self.matrix_feature.window)
    indexer = property(lambda self: self.browse.indexer)
    reader = property(lambda self: self._catalogue.reader)

    # -- starting and leaving ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After the first paint, not before: what starts then competes with it for the
            # interpreter. (The filter's catalogue order is read from the start: browse.pane.)
            QTimer.singleShot(0, self.firstPainted.emit)
            self.idle.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        unsaved = not self._closed and not self.flush_edits()
        if unsaved and not self.notes_feature.confirm_close():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Save what is typed, remember the window, stop every worker; safe to call twice."""
        if self._closed:
            return
        self.flush_edits()
        self._closed = True
        save_state(self, self)
        self.idle.stop()
        for feature in reversed(self.features):
            feature.shutdown()
        self._catalogue.close()

    def quit_application(self) -> None:
        """A termination signal: shut down without asking, then leave the event loop."""
        self.shutdown()
        QApplication.quit()
