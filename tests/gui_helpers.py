"""Driving the real widgets the way a person does: typing, reading what the tree shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QTextBrowser, QWidget

from app.ui.common.roles import NodeKind, Role
from app.ui.shell.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Key events for any characters (QTest.keyClicks aborts the process on non-ASCII)."""
    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def filter_to(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the filter text by typing it, and wait until the tree shows its result."""
    pane = window.catalogue
    pane.filter_edit.clear()
    if not text:
        assert pane.settled
        return
    with qtbot.waitSignal(
        pane.filterApplied, timeout=10_000, check_params_cb=lambda _: pane.settled
    ):
        pane.filter_edit.setFocus()
        type_text(pane.filter_edit, text)


def visible_practices(window: MainWindow) -> set[str]:
    """Titles of the practices the tree shows under expanded categories (all rows fetched)."""
    tree, model = window.catalogue.tree, window.catalogue.model
    titles: set[str] = set()
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        if not tree.isExpanded(parent):
            continue
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for child in range(model.rowCount(parent)):
            index = model.index(child, 0, parent)
            assert index.data(Role.KIND) == NodeKind.PRACTICE  # no "more" row once all fetched
            titles.add(index.data(Role.NAME))
    return titles


def click_link(qtbot, browser: QTextBrowser, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click, with the mouse, on the link whose text is ``text``."""
    document = browser.document()
    position = document.toPlainText().find(text)
    assert position >= 0, f"{text!r} is not in the document"
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    rect = browser.cursorRect(cursor)
    point = QPoint(rect.center().x(), rect.center().y())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def filter_to_sync(window: MainWindow, text: str) -> set[str]:
    """Without pytest-qt (in a child process): set the filter, run the event loop until the
    tree shows its result, and return the practices it shows."""
    from PySide6.QtCore import QEventLoop

    pane = window.catalogue
    pane.filter_edit.setText(text)
    loop = QEventLoop()
    pane.filterApplied.connect(loop.quit)
    while not pane.settled:
        loop.exec()
    pane.filterApplied.disconnect(loop.quit)
    return visible_practices(window)


def press_cancel_when(title: str, then: Callable[[], None]) -> None:
    """Click Cancel on the long-task progress dialog whose title starts with ``title`` as
    soon as it shows (polling the event loop), as a person does; then call ``then``."""
    from app.ui.common.long_task import current_progress_dialog

    def attempt() -> None:
        dialog = current_progress_dialog()
        if dialog is None or not dialog.windowTitle().startswith(title):
            QTimer.singleShot(20, attempt)
            return
        button = dialog.findChild(QPushButton)
        assert button is not None
        button.click()
        then()

    attempt()
