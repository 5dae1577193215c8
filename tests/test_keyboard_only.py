"""A whole session with the keyboard alone: every step is a key event sent where the keyboard
would send it (the focused widget), never a mouse click or a setter. Find a practice, write a
note (Tab between its fields), save it, delete it, open the matrix and tick a practice for the
final catalogue; and Tab visits the panes in the order they are on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.db.engine import Sessions
from app.services.catalogue_reader import CatalogueReader
from app.services.notes.reader import NotesReader
from app.ui.common.roles import NodeKind, Role
from app.ui.matrix.columns import Column
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> QWidget:  # type: ignore[no-untyped-def]
    """One key, to the widget that has the focus; returns the widget that has it after."""
    qtbot.keyClick(focused(), key, modifier)
    return focused()


def tab_to(qtbot, target: QWidget, backwards: bool = False, limit: int = 30) -> int:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) until ``target`` has the focus; how many presses it took."""
    for presses in range(1, limit + 1):
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
        if focused() is target:
            return presses
    raise AssertionError(f"{limit} presses of Tab never reached {target.objectName()}")


@pytest.fixture
def active(window: MainWindow, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def find_help_desk(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F, type, Down: the tree has the focus, on the practice."""
    assert press(qtbot, Qt.Key.Key_F, CTRL) is window.catalogue.filter_edit
    pane = window.catalogue
    qtbot.keyClicks(focused(), "help desk")
    qtbot.waitUntil(lambda: pane.settled and pane.model.filtered, timeout=10_000)
    assert press(qtbot, Qt.Key.Key_Down) is pane.tree
    assert pane.tree.currentIndex().data(Role.NAME) == "Help desk"


def test_a_whole_session_by_keyboard(
    qtbot, active: MainWindow, sessions: Sessions, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, notes = active, active.notes
    pid = practice_id(sessions, "Help desk")
    find_help_desk(qtbot, window)
    assert window.practice.shown_id == pid and notes.practice_id == pid
    # Its notes: Tab leads from the tree to the notes list, through the detail pane.
    tab_to(qtbot, notes.list)

    # A new note (Ctrl+N puts the cursor in its text), then the fields, Tab between them.
    editor = notes.editor
    assert press(qtbot, Qt.Key.Key_N, CTRL) is editor.body
    qtbot.keyClicks(editor.body, "Ten firms asked twice")
    assert press(qtbot, Qt.Key.Key_R, ALT) is editor.region  # the label's mnemonic, &Region
    press(qtbot, Qt.Key.Key_Down)  # a closed list moves to the next region
    assert editor.region.currentData() is not None
    assert press(qtbot, Qt.Key.Key_Tab) is editor.date
    assert press(qtbot, Qt.Key.Key_Tab) is editor.status
    press(qtbot, Qt.Key.Key_Down)
    assert editor.status.currentData() == "in_progress"
    assert press(qtbot, Qt.Key.Key_Tab) is editor.author
    qtbot.keyClicks(editor.author, "Mari Tamm")
    assert press(qtbot, Qt.Key.Key_Tab) is editor.outcome
    qtbot.keyClicks(editor.outcome, "Firms came back")
    with qtbot.waitSignal(notes.session.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    note_id = saved.args[0]
    stored = NotesReader(db_path).note(note_id)
    assert stored is not None and stored.deleted_at is None
    assert (stored.author, stored.outcome, stored.body, stored.status) == (
        "Mari Tamm", "Firms came back", "Ten firms asked twice", "in_progress",
    )  # fmt: skip

    # Delete it: back to the list (Shift+Tab), where the new note is the current row.
    tab_to(qtbot, notes.list, backwards=True)
    assert notes.list.currentIndex().data(Role.ID) == note_id
    with qtbot.waitSignal(notes.notesChanged, timeout=5000):
        press(qtbot, Qt.Key.Key_Delete, CTRL)
    trashed = NotesReader(db_path).note(note_id)
    assert trashed is not None and trashed.deleted_at is not None

    # The matrix (Ctrl+M), the table by Tab, the practice's row by the arrows, Space ticks it.
    press(qtbot, Qt.Key.Key_M, CTRL)
    matrix = window.matrix
    assert matrix is not None
    qtbot.waitUntil(matrix.isActiveWindow)
    table, model = matrix.table, matrix.model
    if focused() is not table:
        tab_to(qtbot, table)
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the first cell: the "Selected" column
    for _ in range(model.rowCount()):
        current = table.currentIndex()
        if current.data(Role.KIND) == NodeKind.PRACTICE and current.data(Role.ID) == pid:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert table.currentIndex().data(Role.ID) == pid
    assert table.currentIndex().column() == Column.SELECTED
    with qtbot.waitSignal(matrix.selectionToggled, timeout=5000) as toggled:
        press(qtbot, Qt.Key.Key_Space)
    assert toggled.args[:2] == [pid, True]
    detail = CatalogueReader(db_path).practice_detail(pid)
    assert detail is not None and detail.selected
    qtbot.keyClick(table, Qt.Key.Key_W, CTRL)  # Ctrl+W closes the matrix
    qtbot.waitUntil(lambda: not matrix.isVisible())


def test_tab_visits_the_panes_in_screen_order(qtbot, active: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Left pane top to bottom (filter, tree), then the right side (detail, notes), around."""
    window = active
    find_help_desk(qtbot, window)
    pane, notes = window.catalogue, window.notes
    order = [
        pane.filter_edit, pane.tree, window.selection_toggle, window.detail,
        notes.region_filter, notes.list,
    ]  # fmt: skip
    # From the tree, around once each way; the filter is on both ways round.
    forward = [press(qtbot, Qt.Key.Key_Tab) for _ in order]
    assert forward == [*order[2:], *order[:2]]
    backward = [press(qtbot, Qt.Key.Key_Backtab, SHIFT) for _ in order]
    assert backward == [order[0], *reversed(order[2:]), order[1]]
