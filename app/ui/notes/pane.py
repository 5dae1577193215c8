"""The notes of the selected practice: a list, the editor, and what ties them together.

Moving to another note, practice or window always saves first (``NoteSession.flush``).
Deleting moves a note to the trash through the undo stack, so Ctrl+Z brings it back.
The editor, its session and the conflict bar are built on first use (``editing.py``).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.roles import Role
from app.ui.common.settings_values import setting_text
from app.ui.common.translation import fill
from app.ui.core.open_catalogue import OpenCatalogue
from app.ui.notes.editing import Editing, build_editing
from app.ui.notes.model import NotesModel
from app.ui.notes.notes_list import count_text, notes_list_view, placeholder_text, scrolling
from app.ui.notes.trash_note import TrashNote

if TYPE_CHECKING:
    from app.services.dto import RegionInfo
    from app.services.notes.fields import NoteFields

translate = QCoreApplication.translate


class NotesPane(QWidget):
    notesChanged = Signal(str)  # noqa: N815 - Qt signal naming  (practice id)
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        catalogue: OpenCatalogue,
        settings: QSettings,
        undo: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.catalogue = catalogue
        self.store = catalogue.store
        self.settings = settings
        self.undo = undo
        self.reader = catalogue.reader
        self.practice_id: str | None = None
        self.read_only = False
        self.model = NotesModel(self)
        self.list = self._make_list()
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("notesRegionFilter")
        self.region_filter.setAccessibleName(translate("NotesPane", "Show notes of region"))
        self.region_filter.setToolTip(translate("NotesPane", "Show the notes of one region only"))
        self.region_filter.setAccessibleDescription(self.region_filter.toolTip())
        self.region_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_filter.currentIndexChanged.connect(self._region_filter_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("notesCount")
        self._parts: Editing | None = None
        self.regions: list[RegionInfo] = []
        self.context_actions: list[QAction | None] = []
        self._build()
        self.refresh_regions()
        self.set_practice(None)

    # -- construction --------------------------------------------------------------------

    def _make_list(self) -> QTableView:
        view = notes_list_view(self.model)
        view.customContextMenuRequested.connect(self._context_menu)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        return view

    def _build(self) -> None:
        title = QLabel(translate("NotesPane", "Test notes"))
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        region_label = QLabel(translate("NotesPane", "Regio&n:"))
        region_label.setBuddy(self.region_filter)
        header.addWidget(region_label)
        header.addWidget(self.region_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(self.list, 1)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("noteEditorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.placeholder)
        right = QWidget()
        self.editor_place = QVBoxLayout(right)
        self.editor_place.setContentsMargins(0, 0, 0, 0)
        self.editor_place.addWidget(self.editor_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scrolling(right))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self._tab_order()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)

    def _tab_order(self) -> None:
        """Region filter → list → the conflict bar's buttons (when shown) → the editor."""
        chain: list[QWidget] = [self.region_filter, self.list]
        if self._parts is not None:
            chain += [*self._parts.bar.focus_chain(), *self._parts.editor.focus_chain()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _editing(self) -> Editing:  # built on first use
        if self._parts is None:
            self._parts = build_editing(self)
            self._tab_order()
        return self._parts

    editor = property(lambda self: self._editing().editor, doc="The note editor (built now).")
    session = property(lambda self: self._editing().session, doc="Saving what the editor holds.")
    conflict_bar = property(lambda self: self._editing().bar, doc="Above the editor.")

    # -- the practice and its notes ------------------------------------------------------

    def set_practice(self, practice_id: str | None) -> None:
        if practice_id == self.practice_id and practice_id is not None:
            return
        self.flush()
        self.practice_id = practice_id
        if practice_id is not None:
            self._editing()  # first use: this practice's notes may now be written
        self.reload_notes()
        self.close_editor()

    def reload_notes(self, keep: str | None = None) -> None:
        """Re-read the list (after a save, a delete, or a change made elsewhere)."""
        keep = keep or self.current_note_id()
        notes = self.reader.notes(self.practice_id) if self.practice_id else []
        blocker = self.list.selectionModel().blockSignals(True)
        try:
            self.model.set_notes(notes)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.list.selectRow(row)
        finally:
            self.list.selectionModel().blockSignals(blocker)
        self._update_counts()

    def refresh_regions(self) -> None:
        # the person's alphabet: "Île-de-France" among the I's, not after "Zagreb"
        order = QCollator(QLocale()).sortKey
        self.regions = regions = sorted(self.reader.regions(), key=lambda r: order(r.label))
        if self._parts is not None:
            self._parts.editor.set_regions(regions)
        current = self.region_filter.currentData()
        blocker = self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(translate("NotesPane", "All regions"), None)
        for region in regions:
            self.region_filter.addItem(region.label, region.id)
        self.region_filter.setCurrentIndex(max(self.region_filter.findData(current), 0))
        self.region_filter.blockSignals(blocker)

    def set_read_only(self, read_only: bool) -> None:
        """Notes can be read but not written (a read-only database)."""
        self.read_only = read_only
        if self._parts is not None:
            self._parts.editor.set_read_only(read_only)

    def current_note_id(self) -> str | None:
        if self._parts is None:
            return None
        target = self._parts.session.target
        return target.note_id if target is not None else None

    # -- actions -------------------------------------------------------------------------

    def new_note(self) -> bool:
        if self.read_only:
            return False
        if self.practice_id is None:
            self.message.emit(
                translate("NotesPane", "Select a practice first: notes belong to a practice.")
            )
            return False
        from app.services.notes.fields import NoteFields

        self.flush()
        self.list.clearSelection()
        regions = {region.id for region in self.reader.regions()}
        last_region = setting_text(self.settings, "notes/last_region")
        defaults = NoteFields(
            region_id=last_region if last_region in regions else None,
            date_text=date.today().isoformat(),
            author=setting_text(self.settings, "notes/last_author", limit=200),
        )
        self.session.open_new(self.practice_id, defaults)
        self.conflict_bar.clear()
        self.editor_stack.setCurrentWidget(self.editor)
        self.editor.body.setFocus()
        return True

    def save_now(self) -> None:
        if self._parts is None or self._parts.session.target is None:
            return
        self._parts.session.save_now()

    def flush(self) -> bool:
        """Save what the editor holds; False only if it could not be kept anywhere."""
        if self._parts is None:
            return True  # no editor yet: nothing was typed
        from app.services.save_outcome import SaveKind

        outcome = self._parts.session.flush()
        return outcome is None or outcome.kind is not SaveKind.FAILED

    def delete_note(self) -> None:
        note_id = self.current_note_id()
        if note_id is None or self.session.target is None:
            return
        if self.session.target.base_revision is None:
            self.message.emit(
                translate("NotesPane", "This note was never saved; there is nothing to delete.")
            )
            self.close_editor()
            return
        self.flush()
        self.undo.push(TrashNote(self, note_id))

    def open_note(self, note_id: str) -> None:
        note = self.reader.note(note_id)
        if note is None:
            return
        self.flush()
        self.session.open_note(note)
        self.conflict_bar.clear()
        conflicts = [c for c in self.reader.open_conflicts(note_id) if c.entity == "note"]
        if conflicts:
            self.conflict_bar.show_conflict(conflicts[-1].id, conflicts[-1].origin)
        self.editor_stack.setCurrentWidget(self.editor)

    def open_draft(self, draft_id: str, practice_id: str, fields: NoteFields) -> None:
        """Open an unsaved draft (of a note never saved) in the editor."""
        self.session.open_draft(draft_id, practice_id, None, fields)
        self.editor_stack.setCurrentWidget(self.editor)

    def show_region(self, region_id: str | None) -> None:
        """Filter the list to one region's notes (None: all regions)."""
        combo = self.region_filter
        combo.setCurrentIndex(max(combo.findData(region_id), 0))

    def changed_elsewhere(self) -> None:
        """Another window or program wrote: the list follows, a clean editor too."""
        self.reload_notes()
        if self._parts is not None:
            self._parts.session.reload_if_clean()

    def close_note(self) -> None:
        if self._parts is not None:
            self._parts.session.close_note()

    def failure_reason(self) -> str:
        """Why the last save failed, in words."""
        outcome = self._parts.session.last_outcome if self._parts is not None else None
        if outcome is not None:
            return outcome.message
        return translate("NotesPane", "the database refused the write")

    def shutdown(self) -> None:
        if self._parts is not None:
            self._parts.session.shutdown()
            self._parts.editor.preview.stop_rendering()

    # -- internals -----------------------------------------------------------------------

    def close_editor(self) -> None:
        """Close the note and show, in its place, what to do next."""
        if self._parts is not None:
            self._parts.session.close_note()
            self._parts.bar.clear()
        # the list is current: callers reload before closing
        self.placeholder.setText(placeholder_text(self.practice_id is not None, self.model.total))
        self.editor_stack.setCurrentWidget(self.placeholder)

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(count_text(shown, total) if self.practice_id else "")

    def _region_filter_changed(self) -> None:
        self.model.set_region(self.region_filter.currentData())
        keep = self.current_note_id()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.list.selectRow(row)
        self._update_counts()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            note_id = indexes[0].data(Role.ID)
            if note_id != self.current_note_id():
                self.open_note(note_id)

    def note_saved(self, note_id: str) -> None:
        fields = self.editor.fields()
        if fields.author.strip():
            self.settings.setValue("notes/last_author", fields.author.strip())
        if fields.region_id:
            self.settings.setValue("notes/last_region", fields.region_id)
        self.reload_notes(keep=note_id)
        if self.practice_id:
            self.notesChanged.emit(self.practice_id)

    def conflicted(self, note_id: str, conflict_id: str) -> None:
        self.conflict_bar.show_conflict(conflict_id)
        self.message.emit(
            translate(
                "NotesPane", "This note changed elsewhere; both versions are kept. Choose one."
            )
        )

    def settle(self, choice: str) -> None:
        from app.domain.enums import ConflictChoice

        conflict_id = self.conflict_bar.conflict_id
        if conflict_id is None:
            return
        try:
            shown = self.store.notes.resolve(conflict_id, ConflictChoice(choice))
        except ValueError as error:
            self.message.emit(
                fill(translate("NotesPane", "Could not settle the conflict: %1"), error)
            )
            return
        self.conflict_bar.clear()
        self.session.close_note()
        self.reload_notes(keep=shown)
        self.open_note(shown)
        if self.practice_id:
            self.notesChanged.emit(self.practice_id)

    def compare(self) -> None:
        from app.ui.notes.compare_dialog import CompareDialog

        conflict_id = self.conflict_bar.conflict_id
        note_id = self.current_note_id()
        if conflict_id and note_id:
            CompareDialog(self.reader, note_id, conflict_id, self).open()

    def add_region(self) -> None:
        from app.ui.notes.region_dialog import RegionDialog

        dialog = RegionDialog(self.store, self)
        if dialog.exec() and dialog.added is not None:
            self.refresh_regions()
            self.editor.choose_region(dialog.added.id)

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.list.viewport().mapToGlobal(point))
