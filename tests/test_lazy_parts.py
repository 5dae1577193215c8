"""Parts built on first use, not before the first paint, work when they are first used: the
note editor (with its session and conflict bar) once a practice is shown, the matrix and its
reader once opened. Shortcuts work before those parts exist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QWidget

from app.db.engine import Sessions
from app.services.notes.reader import NotesReader
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id, region_id
from tests.gui_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+``key`` typed where the focus is, as a person would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def test_the_editor_waits_for_a_practice_and_then_writes_a_note(
    qtbot, window: MainWindow, sessions: Sessions, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.findChild(QWidget, "noteEditor") is None
    hint = window.findChild(QLabel, "noteEditorPlaceholder")
    assert window.notes.editor_stack.currentWidget() is hint
    assert hint.text() == "Select a practice to see and write its test notes."

    press(qtbot, window, Qt.Key.Key_N)  # New Note before any practice: told why not
    assert "Select a practice first" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_S)  # Save Note with nothing open: nothing happens
    assert window.findChild(QWidget, "noteEditor") is None

    pid = practice_id(sessions, "Help desk")
    assert window.catalogue.select_practice(pid)
    editor = window.findChild(QWidget, "noteEditor")
    assert editor is window.notes.editor and editor.accessibleName() == "Note editor"
    body = window.findChild(QPlainTextEdit, "noteBody")
    assert body is not None and body.accessibleName() == "Note text"
    region = window.findChild(QComboBox, "noteRegion")
    assert region is not None and region.count() > 3  # the regions reached the late editor
    assert window.notes.editor_stack.currentWidget() is hint  # no note open yet

    window.settings.setValue("notes/last_region", region_id(sessions, "Tartu"))  # complete
    window.notes.list.setFocus()
    press(qtbot, window, Qt.Key.Key_N)
    assert window.notes.editor_stack.currentWidget() is editor and body.hasFocus()
    with qtbot.waitSignal(window.notes.session.saved, timeout=5000):
        type_text(body, "Written in the editor built just now")
    [note] = NotesReader(db_path).notes(pid)
    assert note.first_line == "Written in the editor built just now"


def test_tab_reaches_a_late_editor_from_the_list(
    qtbot, window: MainWindow, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    window.catalogue.select_practice(practice_id(sessions, "Help desk"))
    press(qtbot, window, Qt.Key.Key_N)
    window.notes.list.setFocus()
    qtbot.keyClick(window.notes.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.notes.editor.region


def test_a_read_only_pane_builds_a_read_only_editor(window: MainWindow, sessions: Sessions) -> None:
    window.notes.set_read_only(True)  # before the editor exists
    window.catalogue.select_practice(practice_id(sessions, "Help desk"))
    editor = window.notes.editor
    assert editor.body.isReadOnly() and not editor.region.isEnabled()


def test_the_matrix_opens_on_the_window_connection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.matrix is None
    window.open_matrix()
    matrix = window.matrix
    assert matrix is not None and matrix.isVisible()
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0)
    assert matrix.reader.connection is window.reader.connection  # one connection per window
