"""Under a pseudo-language (every translated text wrapped in ⟦ ⟧), walk the main window, its
menus, and every window and dialog its actions open: any visible text left unwrapped, beyond the
catalogue's own content and numbers, escaped translation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from app.domain.languages import LANGUAGES
from app.ui.common.translation import install_translators
from app.ui.core.actions import ActionName
from tests.pseudo_language import escaped, pseudo_translator

# Actions that end the session or only move the focus; the rest are walked.
NOT_WALKED = {ActionName.QUIT}


def catalogue_texts(db_path: Path) -> list[str]:
    """Every text the shipped catalogue holds, raw and as its Markdown renders, longest first."""
    texts: set[str] = {str(db_path), db_path.name, QCoreApplication.applicationName()}
    texts.update(LANGUAGES.values())
    texts.add("Practice Catalogue")  # the application's name is a name
    with sqlite3.connect(db_path) as connection:
        for table in ("categories", "regions", "practices"):
            for row in connection.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str) and value:
                        texts.add(value)
                        document = QTextDocument()
                        document.setMarkdown(value)
                        texts.update(document.toPlainText().splitlines())
    return sorted((text.strip() for text in texts if text.strip()), key=len, reverse=True)


def plain(text: str) -> str:
    if "<" in text:  # rich text: what is read is the text without its tags
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def model_headers(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(value, str):
            yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextBrowser):
        yield from widget.document().toPlainText().splitlines()
    elif isinstance(widget, QTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from model_headers(widget)
    for action in widget.actions():
        yield from action_texts(action)


def action_texts(action) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if action.isSeparator():
        return
    yield action.text()
    yield action.toolTip()
    yield action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from action_texts(inner)


def escapes_in(root: QWidget, known: list[str]) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget.window(), QFileDialog):
            continue  # Qt's own file dialog: Qt's translations, checked for French and German
        for text in widget_texts(widget):
            rest = escaped(text or "", known)
            if rest:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


@pytest.fixture
def pseudo(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators([pseudo_translator(tmp_path / "pseudo")], "en")
    yield
    install_translators([], "en")


class DialogCloser:
    """While an action runs, reads and closes every window it opens (nested ones too)."""

    def __init__(self, known: list[str], before: set[QWidget]) -> None:
        self.known = known
        self.before = before
        self.escapes: list[str] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)

    def sweep(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget in self.before or not widget.isVisible():
                continue
            self.seen.append(type(widget).__name__)
            if not isinstance(widget, QFileDialog):
                self.escapes.extend(escapes_in(widget, self.known))
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()


def test_no_visible_text_escapes_translation(make_window, qtbot, db_path: Path, pseudo) -> None:  # type: ignore[no-untyped-def]
    known = catalogue_texts(db_path)
    window = make_window(language=None)  # keep the pseudo-language installed by the fixture
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.catalogue.settled, timeout=10_000)
    first = window.catalogue.model.index(0, 0)
    window.catalogue.tree.expand(first)
    problems = escapes_in(window, known)
    for action in window.menuBar().actions():
        problems.extend(f"menu: {text!r}" for text in action_texts(action) if escaped(text, known))

    walked: dict[str, list[str]] = {}
    practice = _first_practice_id(db_path)
    window.go_to_practice(practice)
    for name in ActionName:
        action = window.registry[name]
        if name in NOT_WALKED or not action.isEnabled():
            continue
        closer = DialogCloser(known, set(QApplication.topLevelWidgets()))
        closer.timer.start()
        action.trigger()
        qtbot.waitUntil(lambda c=closer: _settled(c), timeout=10_000)
        closer.timer.stop()
        walked[name.value] = closer.seen
        problems.extend(f"{name.value} → {escape}" for escape in closer.escapes)
    assert any(walked.values()), "the walk opened dialogs"
    assert not problems, "texts shown untranslated:\n" + "\n".join(dict.fromkeys(problems))


def _settled(closer: DialogCloser) -> bool:
    closer.sweep()
    return not [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget not in closer.before and widget.isVisible()
    ]


def _first_practice_id(db_path: Path) -> str:
    with sqlite3.connect(db_path) as connection:
        (practice_id,) = connection.execute(
            "SELECT id FROM practices ORDER BY position LIMIT 1"
        ).fetchone()
    return str(practice_id)
