"""The practice room: the detail page (the "selected" box above the read-only view), and the
in-place editor of the practice's texts, built the first time F2 asks for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.ui.core.actions import ActionName
from app.ui.practice.detail_view import PracticeDetailView
from app.ui.practice.selection_toggle import SelectionToggle

if TYPE_CHECKING:
    from app.ui.core.feature import Shell
    from app.ui.practice.editor import PracticeEditor

translate = QCoreApplication.translate


class PracticeFeature(QObject):
    practiceChanged = Signal(str)  # noqa: N815 - texts, title or category were written
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision
    linkActivated = Signal(str)  # noqa: N815 - a link to another practice was clicked

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        self.reader = shell.open_catalogue.reader
        self.detail = PracticeDetailView()
        self.selection_toggle = SelectionToggle(shell.open_catalogue.store)
        self._editor: PracticeEditor | None = None
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 6, 16, 0)
        bar.addWidget(self.selection_toggle)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.detail, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)

    def install(self, shell: Shell) -> None:
        actions = shell.registry
        actions[ActionName.EDIT_PRACTICE].triggered.connect(self.toggle_editor)
        actions[ActionName.EDIT_PRACTICE].setEnabled(False)
        actions[ActionName.FOCUS_DETAIL].triggered.connect(lambda: self.detail.setFocus())
        self.selection_toggle.selectionToggled.connect(self.selectionToggled)
        self.selection_toggle.failed.connect(lambda text: shell.show_message(text, 8000))
        self.detail.internalLinkActivated.connect(self.linkActivated)

    @property
    def widget(self) -> QWidget:
        return self.stack

    @property
    def shown_id(self) -> str | None:
        return self.detail.shown_id

    @property
    def editor(self) -> PracticeEditor:
        """Built the first time it is needed: it is not on screen at start."""
        if self._editor is None:
            from app.ui.practice.editor import PracticeEditor

            editor = PracticeEditor(self.reader, self._shell.open_catalogue.store, self.page)
            editor.finished.connect(self.toggle_editor)
            editor.changed.connect(self.practiceChanged)
            self.stack.addWidget(editor)
            self._editor = editor
        return self._editor

    @property
    def editing(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    def flush(self) -> None:
        if self._editor is not None:
            self._editor.flush()

    # -- what the shell asks -------------------------------------------------------------

    def show_practice(self, practice_id: str) -> bool:
        """Show a practice (False: it is gone, and nothing is shown)."""
        self.flush()
        detail = self.reader.practice_detail(practice_id)
        writable = not self._shell.open_catalogue.read_only
        self._shell.registry[ActionName.EDIT_PRACTICE].setEnabled(detail is not None and writable)
        if detail is None:
            self._leave_editor()
            self.detail.show_nothing()
            self.selection_toggle.show_detail(None)
            return False
        self.detail.show_practice(detail)
        self.selection_toggle.show_detail(detail)
        if self.editing:
            self.editor.load(detail)
        return True

    def show_category(self, category_id: str, total: int) -> None:
        self.flush()
        self._leave_editor()
        self.selection_toggle.show_detail(None)
        self._shell.registry[ActionName.EDIT_PRACTICE].setEnabled(False)
        detail = self.reader.category_detail(category_id)
        if detail is None:
            self.detail.show_nothing()
        else:
            self.detail.show_category(detail, total)

    def show_nothing(self) -> None:
        self.detail.show_nothing()

    def refresh(self, practice_id: str) -> None:
        """The practice's data changed: show it again if it is on screen."""
        if self.detail.shown_id != practice_id:
            return
        detail = self.reader.practice_detail(practice_id)
        if detail is not None:
            self.detail.show_practice(detail)
            self.selection_toggle.show_detail(detail)

    def selection_changed(self, practice_id: str, revision: int) -> None:
        editor = self._editor
        if editor is not None and editor.detail is not None and editor.detail.id == practice_id:
            editor.revision = revision  # else its next save meets a false conflict
        self.refresh(practice_id)

    def toggle_editor(self) -> None:
        if self.editing:
            self.flush()
            self._leave_editor()
            if self.detail.shown_id:
                self.practiceChanged.emit(self.detail.shown_id)
            return
        self.open_editor()

    def open_editor(self) -> None:
        shown = self.detail.shown_id
        detail = self.reader.practice_detail(shown) if shown else None
        if detail is None or self.editing:
            return
        self.editor.load(detail)
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_first_field()

    def _leave_editor(self) -> None:
        self.stack.setCurrentWidget(self.page)

    def set_read_only(self) -> None:
        action = self._shell.registry[ActionName.EDIT_PRACTICE]
        action.setEnabled(False)
        action.setToolTip(translate("PracticeFeature", "The database is read-only"))

    def reload(self) -> None:
        shown = self.detail.shown_id
        if shown and self.reader.practice_detail(shown) is None:
            self.show_practice(shown)

    def shutdown(self) -> None:
        self.flush()
        self.detail.stop_rendering()
