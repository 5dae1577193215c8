"""The main window: composes the panes, menus, toolbar and status bar; the panes do the work."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue_reader import NotesReader
from app.services.note_fields import fields_from_json
from app.ui.browse.pane import CataloguePane
from app.ui.notes.pane import NotesPane
from app.ui.practice.detail_view import PracticeDetailView
from app.ui.practice.selection_toggle import SelectionToggle
from app.ui.shell.about import show_about, show_filter_help
from app.ui.shell.actions import ActionName, Actions
from app.ui.shell.change_watcher import ChangeWatcher
from app.ui.shell.open_catalogue import Backend, warm_up
from app.ui.shell.window_state import restore_state, save_state

MENUS: dict[str, list[ActionName | str | None]] = {
    "&File": [
        ActionName.IMPORT,
        ActionName.EXPORT,
        ActionName.PRINT_PDF,
        ActionName.EXPORT_FINAL,
        None,
        ActionName.BACKUPS,
        ActionName.UNSAVED_NOTES,
        None,
        ActionName.QUIT,
    ],
    "&Edit": [
        "undo",
        "redo",
        None,
        ActionName.NEW_NOTE,
        ActionName.SAVE_NOTE,
        ActionName.DELETE_NOTE,
        None,
        ActionName.TRASH,
        ActionName.CONFLICTS,
        None,
        ActionName.EDIT_PRACTICE,
        None,
        ActionName.FIND,
    ],
    "&View": [
        ActionName.MATRIX,
        None,
        ActionName.FOCUS_TREE,
        ActionName.FOCUS_DETAIL,
        None,
        ActionName.EXPAND_ALL,
        ActionName.COLLAPSE_ALL,
    ],
    "&Help": [ActionName.FILTER_HELP, ActionName.CHECK_DATABASE, None, ActionName.ABOUT],
}
TOOLBAR = [ActionName.NEW_NOTE, ActionName.SAVE_NOTE, ActionName.DELETE_NOTE]
AFTER_FIRST_PAINT_MS = 250  # the filter's catalogue order, for the first keystroke
# The write path's import (SQLAlchemy, ~0.4 s of CPU) and the start backup come later: they
# compete with whatever the person does first for the interpreter.
WARM_UP_MS = 2000

if TYPE_CHECKING:
    from app.services.exchange.merge import MergePlan
    from app.ui.browse.index_worker import IndexWorker
    from app.ui.matrix.window import MatrixWindow
    from app.ui.practice.editor import PracticeEditor
    from app.ui.safety.backup_scheduler import BackupScheduler


EDITING_ACTIONS = (
    ActionName.IMPORT,
    ActionName.CONFLICTS,
    ActionName.NEW_NOTE,
    ActionName.SAVE_NOTE,
    ActionName.DELETE_NOTE,
    ActionName.TRASH,
    ActionName.EDIT_PRACTICE,
    ActionName.UNSAVED_NOTES,
)


class MainWindow(QMainWindow):
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
        title = f"{path.name} — Practice Catalogue"
        self.setWindowTitle(title + (" (read-only)" if read_only else ""))
        self.database_path = path
        self.read_only = read_only
        self.settings = settings
        self.reader = NotesReader(path)
        self.backend = Backend(path)
        self.undo_stack = QUndoStack(self)
        self.registry = Actions(self)
        self.catalogue = CataloguePane(self.reader, path, self)
        self.detail = PracticeDetailView(self)
        self.notes = NotesPane(self.backend, settings, self.undo_stack, self)
        self._practice_editor: PracticeEditor | None = None  # built on first use (F2)
        self.selection_toggle = SelectionToggle(self.backend)
        self.detail_page = QWidget()
        page = QVBoxLayout(self.detail_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 6, 16, 0)
        bar.addWidget(self.selection_toggle)
        bar.addStretch(1)
        page.addLayout(bar)
        page.addWidget(self.detail, 1)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.detail_page)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(self.detail_stack)
        self.detail_splitter.addWidget(self.notes)
        self.detail_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.catalogue)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.banner = QLabel(
            "This database is read-only: the file or the medium it is on does not allow changes."
            " You can browse, filter and export; writing notes is switched off."
        )
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; border-bottom: 1px solid #e0b84c;"
                                  " padding: 6px")  # fmt: skip
        self.banner.setVisible(read_only)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("matchCount")
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.watcher = ChangeWatcher(self.reader, self)
        self.watcher.changed.connect(self._changed_elsewhere)
        self.matrix: MatrixWindow | None = None
        self.indexer: IndexWorker | None = None
        self.backups: BackupScheduler | None = None  # started after the first paint
        if read_only:
            self._switch_off_editing()
        restore_state(self, self)
        self.status_label.setText(self.catalogue.status_text())
        self._closed = False
        self._warmed = False

    # -- construction --------------------------------------------------------------------

    def _build_menus(self) -> None:
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("redoAction")
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        extra = {"undo": undo, "redo": redo}
        for title, names in MENUS.items():
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                elif isinstance(name, ActionName):
                    menu.addAction(self.registry[name])
                else:
                    menu.addAction(extra[name])
        self.notes.context_actions = [
            self.registry[ActionName.NEW_NOTE],
            None,
            self.registry[ActionName.DELETE_NOTE],
        ]
        self.notes.list.addAction(self.registry[ActionName.DELETE_NOTE])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Notes", self)
        toolbar.setObjectName("notesToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for name in TOOLBAR:
            toolbar.addAction(self.registry[name])
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        actions, pane, notes = self.registry, self.catalogue, self.notes
        actions[ActionName.QUIT].triggered.connect(self.close)
        actions[ActionName.BACKUPS].triggered.connect(self.show_backups)
        actions[ActionName.CHECK_DATABASE].triggered.connect(self.check_database)
        actions[ActionName.UNSAVED_NOTES].triggered.connect(lambda: self.offer_drafts(True))
        actions[ActionName.NEW_NOTE].triggered.connect(notes.new_note)
        actions[ActionName.SAVE_NOTE].triggered.connect(notes.save_now)
        actions[ActionName.DELETE_NOTE].triggered.connect(notes.delete_note)
        actions[ActionName.TRASH].triggered.connect(self.show_trash)
        actions[ActionName.EDIT_PRACTICE].triggered.connect(self.toggle_practice_editor)
        actions[ActionName.IMPORT].triggered.connect(lambda: _transfers().import_file(self))
        actions[ActionName.EXPORT].triggered.connect(lambda: _transfers().export(self))
        actions[ActionName.PRINT_PDF].triggered.connect(lambda: _transfers().export(self, "pdf"))
        actions[ActionName.EXPORT_FINAL].triggered.connect(
            lambda: _transfers().export_final_catalogue(self)
        )
        actions[ActionName.CONFLICTS].triggered.connect(self.show_conflicts)
        actions[ActionName.MATRIX].triggered.connect(self.open_matrix)
        self.selection_toggle.selectionToggled.connect(self._selection_toggled)
        self.selection_toggle.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        pane.filterApplied.connect(self._filter_applied)
        actions[ActionName.EDIT_PRACTICE].setEnabled(False)
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
        notes.notesChanged.connect(self._notes_changed)
        notes.message.connect(lambda text: self.statusBar().showMessage(text, 6000))

    # -- showing things ------------------------------------------------------------------

    @property
    def practice_editor(self) -> PracticeEditor:
        """The practice editor, built the first time it is needed (it is not on screen at
        start, and building it belongs after the first paint)."""
        if self._practice_editor is None:
            from app.ui.practice.editor import PracticeEditor

            editor = PracticeEditor(self.reader, self.backend, self)
            editor.finished.connect(self.toggle_practice_editor)
            editor.changed.connect(self._practice_changed)
            self.detail_stack.addWidget(editor)
            self._practice_editor = editor
        return self._practice_editor

    def flush_practice_editor(self) -> None:
        if self._practice_editor is not None:
            self._practice_editor.flush()

    @property
    def editing_practice(self) -> bool:
        editor = self._practice_editor
        return editor is not None and self.detail_stack.currentWidget() is editor

    def show_practice(self, practice_id: str) -> None:
        self.flush_practice_editor()
        detail = self.reader.practice_detail(practice_id)
        self.registry[ActionName.EDIT_PRACTICE].setEnabled(
            detail is not None and not self.read_only
        )
        if detail is None:
            self._leave_editor()
            self.detail.show_nothing()
            self.selection_toggle.show_detail(None)
            self.notes.set_practice(None)
            return
        self.detail.show_practice(detail)
        self.selection_toggle.show_detail(detail)
        if self.editing_practice:
            self.practice_editor.load(detail)
        self.notes.set_practice(practice_id)

    def toggle_practice_editor(self) -> None:
        if self.editing_practice:
            self.flush_practice_editor()
            self._leave_editor()
            if self.detail.shown_id:
                self._practice_changed(self.detail.shown_id)
            return
        shown = self.detail.shown_id
        detail = self.reader.practice_detail(shown) if shown else None
        if detail is None:
            return
        self.practice_editor.load(detail)
        self.detail_stack.setCurrentWidget(self.practice_editor)
        self.practice_editor.summary.setFocus()

    def _leave_editor(self) -> None:
        self.detail_stack.setCurrentWidget(self.detail_page)

    def _practice_changed(self, practice_id: str) -> None:
        """Texts, title or category of a practice changed: the tree and views follow."""
        detail = self.reader.practice_detail(practice_id)
        if detail is not None and self.detail.shown_id == practice_id:
            self.detail.show_practice(detail)
            self.selection_toggle.show_detail(detail)
        self.catalogue.reload()
        self._refresh_matrix()

    def show_category(self, category_id: str) -> None:
        self.flush_practice_editor()
        self._leave_editor()
        self.selection_toggle.show_detail(None)
        self.registry[ActionName.EDIT_PRACTICE].setEnabled(False)
        self.notes.set_practice(None)
        detail = self.reader.category_detail(category_id)
        if detail is None:
            self.detail.show_nothing()
            return
        total = next((n.total for n in self.reader.categories() if n.id == category_id), 0)
        self.detail.show_category(detail, total)

    def show_trash(self) -> None:
        from app.ui.notes.trash_dialog import TrashDialog

        self.notes.flush()
        dialog = TrashDialog(self.reader, self.backend, self)
        dialog.changed.connect(self._changed_elsewhere)
        dialog.open()

    def offer_drafts(self, always: bool = False) -> None:
        from app.ui.notes.drafts_dialog import DraftsDialog
        from app.ui.notes.session import emergency_folder

        folder = emergency_folder()
        if not self.read_only and folder.is_dir() and any(folder.glob("*.json")):
            from app.services.emergency import absorb_emergency

            absorb_emergency(folder, self.database_path, self.backend.notes)
        if not self.reader.drafts():
            if always:
                QMessageBox.information(self, "Unsaved notes", "There are no unsaved notes.")
            return
        dialog = DraftsDialog(self.reader, self.backend, self)
        dialog.openRequested.connect(self.open_draft)
        dialog.open()

    def open_draft(self, draft_id: str) -> None:
        draft = next((d for d in self.reader.drafts() if d.id == draft_id), None)
        if draft is None or draft.practice_id is None:
            return
        if not self.catalogue.select_practice(draft.practice_id):
            self.catalogue.filter_edit.clear()
            self.catalogue.select_practice(draft.practice_id)
        self.show_practice(draft.practice_id)
        if draft.record_id is not None and self.reader.note(draft.record_id) is not None:
            self.notes.open_note(draft.record_id)
        else:
            self.notes.session.open_draft(
                draft.id, draft.practice_id, None, fields_from_json(draft.payload)
            )
            self.notes.editor_stack.setCurrentWidget(self.notes.editor)

    def show_backups(self) -> None:
        from app.ui.safety.backups_dialog import BackupsDialog

        self.notes.flush()
        self.flush_practice_editor()
        dialog = BackupsDialog(self.database_path, self)
        dialog.backup_button.setEnabled(not self.read_only)
        dialog.restored.connect(self.reload_everything)
        dialog.open()

    def check_database(self) -> None:
        from app.services.checking import check_database

        self.notes.flush()
        self.statusBar().showMessage("Checking the database…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_database(self.database_path)
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        box = QMessageBox(self)
        box.setObjectName("checkReport")
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setWindowTitle("Database check")
        box.setText("The database is sound." if report.ok else "Problems were found.")
        box.setInformativeText("\n".join(report.lines))
        box.open()

    def reload_everything(self) -> None:
        """The whole file changed (a backup restored, an import): read everything again."""
        self.notes.session.close_note()
        self.catalogue.reload()
        self.notes.refresh_regions()
        self.notes.reload_notes()
        shown = self.detail.shown_id
        if shown and self.reader.practice_detail(shown):
            self.show_practice(shown)
        else:
            self.detail.show_nothing()
        self._refresh_matrix()

    # -- the matrix, conflicts, imports -------------------------------------------------

    def open_matrix(self) -> None:
        from app.ui.matrix.window import MatrixWindow

        if self.matrix is None:
            self.matrix = MatrixWindow(self.database_path, self.backend, self)
            self.matrix.openNotes.connect(self.open_notes)
            self.matrix.selectionToggled.connect(self._selection_toggled)
        self.matrix.apply(self.catalogue.current_result())
        self.matrix.show()
        self.matrix.raise_()
        self.matrix.activateWindow()

    def open_notes(self, practice_id: str, region_id: str) -> None:
        """A matrix cell was opened: the practice, its notes filtered to that region."""
        if not self.catalogue.select_practice(practice_id):
            self.catalogue.filter_edit.clear()
            self.catalogue.select_practice(practice_id)
        combo = self.notes.region_filter
        combo.setCurrentIndex(max(combo.findData(region_id or None), 0))
        self.bring_to_front()

    def _selection_toggled(self, practice_id: str, selected: bool, revision: int) -> None:
        editor = self._practice_editor
        if editor is not None and editor.detail is not None and editor.detail.id == practice_id:
            editor.revision = revision  # else its next save meets a false conflict
        if self.detail.shown_id == practice_id:
            detail = self.reader.practice_detail(practice_id)
            if detail is not None:
                self.detail.show_practice(detail)
                self.selection_toggle.show_detail(detail)
        if self.matrix is not None:
            self.matrix.selection_changed(practice_id, selected, revision)

    def _filter_applied(self, _text: str) -> None:
        if self.matrix is not None:
            self.matrix.apply(self.catalogue.current_result())

    def _refresh_matrix(self) -> None:
        if self.matrix is not None:
            self.matrix.refresh()

    def show_conflicts(self) -> None:
        from app.ui.notes.conflicts_dialog import ConflictsDialog

        self.notes.flush()
        dialog = ConflictsDialog(self.reader, self)
        dialog.openRequested.connect(self.open_conflict)
        dialog.open()

    def open_conflict(self, entity: str, record_id: str) -> None:
        if entity == "practice":
            if self.catalogue.select_practice(record_id) and not self.editing_practice:
                self.toggle_practice_editor()
            return
        note = self.reader.note(record_id)
        if note is None:
            return
        if not self.catalogue.select_practice(note.practice_id):
            self.catalogue.filter_edit.clear()
            self.catalogue.select_practice(note.practice_id)
        self.notes.region_filter.setCurrentIndex(0)
        self.notes.open_note(record_id)
        self.notes.reload_notes(keep=record_id)

    def after_import(self, plan: MergePlan) -> None:
        self.reload_everything()
        if plan.queued_for_index:
            self.start_indexer()

    def start_indexer(self) -> None:
        from app.ui.browse.index_worker import IndexWorker

        if self.read_only or (self.indexer is not None and self.indexer.isRunning()):
            return
        self.indexer = IndexWorker(self.database_path, self)
        self.indexer.progressed.connect(self._index_progress)
        self.indexer.done.connect(self._index_done)
        self.indexer.start()

    def _index_progress(self, left: int, total: int) -> None:
        self.statusBar().showMessage(
            f"Updating the search index: {total - left:,} of {total:,} practices", 3000
        )

    def _index_done(self) -> None:
        self.statusBar().showMessage("The search index is up to date.", 5000)
        self.catalogue.refilter()

    def bring_to_front(self) -> None:
        """Another start of the application on this file knocked: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _switch_off_editing(self) -> None:
        for name in EDITING_ACTIONS:
            self.registry[name].setEnabled(False)
            self.registry[name].setToolTip("The database is read-only")
        self.notes.set_read_only(True)

    # -- reacting to changes -------------------------------------------------------------

    def _notes_changed(self, practice_id: str) -> None:
        if self.detail.shown_id == practice_id:
            detail = self.reader.practice_detail(practice_id)
            if detail is not None:
                self.detail.show_practice(detail)
        self.catalogue.refilter()
        self._refresh_matrix()

    def _changed_elsewhere(self) -> None:
        self.notes.reload_notes()
        self.notes.session.reload_if_clean()
        shown = self.detail.shown_id
        if shown is not None and self.reader.practice_detail(shown) is not None:
            self._notes_changed(shown)
        else:
            self.catalogue.refilter()

    # -- window events -------------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._warmed:
            self._warmed = True
            # After the first paint, not before: both compete with it for the interpreter.
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.catalogue.prepare_search)
            QTimer.singleShot(WARM_UP_MS, self._after_start)
            QTimer.singleShot(0, self.offer_drafts)

    def _after_start(self) -> None:
        if not self._closed and not self.read_only:
            from app.ui.browse.index_worker import has_pending
            from app.ui.safety.backup_scheduler import BackupScheduler

            warm_up()
            self.backups = BackupScheduler(self.database_path, self)
            self.backups.finished.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.backups.start()
            if has_pending(self.database_path):  # an import's indexing was interrupted
                self.start_indexer()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:
            event.accept()
            return
        self.flush_practice_editor()
        if not self.notes.flush() and not self._confirm_close_unsaved():
            event.ignore()
            return
        save_state(self, self)
        self.watcher.stop()
        if self.backups is not None:
            self.backups.stop()
        if self.indexer is not None:
            self.indexer.stop()
        if self.matrix is not None:
            self.matrix.shutdown()
        self.catalogue.shutdown()
        self.notes.shutdown()
        self.backend.dispose()
        self.reader.close()
        self._closed = True
        event.accept()

    def _confirm_close_unsaved(self) -> bool:
        outcome = self.notes.session.last_outcome
        reason = outcome.message if outcome is not None else "the database refused the write"
        answer = QMessageBox.warning(
            self,
            "The last changes could not be saved",
            f"Your latest typing could not be saved ({reason}). It is still in the editor.\n\n"
            "Close anyway and lose it?",
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close


def _transfers() -> ModuleType:
    """Import, export and print are loaded when first used, not before the first paint."""
    from app.ui.transfers import feature as transfers

    return transfers
