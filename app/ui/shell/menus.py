"""The window's menus and toolbar, composed from the action registry, and the small layout
pieces the main window is built of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.ui.common.translation import QT_TRANSLATE_NOOP
from app.ui.core.actions import ActionName, Actions
from app.ui.shell.language_menu import LanguageMenu

translate = QCoreApplication.translate

MENUS: dict[str, list[ActionName | str | None]] = {
    QT_TRANSLATE_NOOP("Menus", "&File"): [
        ActionName.IMPORT,
        ActionName.EXPORT,
        ActionName.PRINT_PDF,
        ActionName.EXPORT_FINAL,
        None,
        ActionName.SYNC,
        None,
        ActionName.BACKUPS,
        ActionName.UNSAVED_NOTES,
        None,
        ActionName.QUIT,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Edit"): [
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
    QT_TRANSLATE_NOOP("Menus", "&View"): [
        ActionName.MATRIX,
        None,
        ActionName.FOCUS_TREE,
        ActionName.FOCUS_DETAIL,
        None,
        ActionName.EXPAND_ALL,
        ActionName.COLLAPSE_ALL,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Help"): [
        ActionName.FILTER_HELP,
        ActionName.CHECK_DATABASE,
        None,
        ActionName.ABOUT,
    ],
}
TOOLBAR = [ActionName.NEW_NOTE, ActionName.SAVE_NOTE, ActionName.DELETE_NOTE]
MENU_NAMES = dict(zip(MENUS, ("fileMenu", "editMenu", "viewMenu", "helpMenu"), strict=True))
READ_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "Menus",
    "This database is read-only: the file or the medium it is on does not allow changes."
    " You can browse, filter and export; writing notes is switched off.",
)


def build_menus(
    window: QMainWindow, registry: Actions, undo_stack: QUndoStack, settings: QSettings
) -> None:
    undo = undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setObjectName("undoAction")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setObjectName("redoAction")
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    extra = {"undo": undo, "redo": redo}
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(translate("Menus", title))
        menu.setObjectName(MENU_NAMES[title])
        for name in names:
            if name is None:
                menu.addSeparator()
            elif isinstance(name, ActionName):
                menu.addAction(registry[name])
            else:
                menu.addAction(extra[name])
        if MENU_NAMES[title] == "viewMenu":
            menu.addSeparator()
            menu.addMenu(LanguageMenu(settings, window))


def build_toolbar(window: QMainWindow, registry: Actions) -> QToolBar:
    toolbar = QToolBar(translate("Menus", "Notes"), window)
    toolbar.setObjectName("notesToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for name in TOOLBAR:
        toolbar.addAction(registry[name])
    return toolbar


def read_only_banner(visible: bool) -> QLabel:
    banner = QLabel(translate("Menus", READ_ONLY_TEXT))
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #fff4d6; border-bottom: 1px solid #e0b84c; padding: 6px")
    banner.setVisible(visible)
    return banner


def vertical(top: QWidget, bottom: QWidget) -> QSplitter:
    """``top`` above ``bottom``, with a handle the person can drag."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(top)
    split.addWidget(bottom)
    split.setChildrenCollapsible(False)
    return split


def stacked(top: QWidget, bottom: QWidget) -> QWidget:
    """``top`` above ``bottom``, which takes the height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(top)
    layout.addWidget(bottom, 1)
    return box
