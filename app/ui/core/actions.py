"""Every user action in one registry: names, texts, shortcuts, icons (as Picard does).

Texts and tips are marked for translation here (``QT_TRANSLATE_NOOP``, context "Actions") and
translated when the window creates its actions; shortcuts are not texts.

Menus, toolbars and context menus are composed from ``ActionName`` members; what an action
does is connected by the pane that owns the behaviour.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.common.icons import themed_icon
from app.ui.common.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
StandardKey = QKeySequence.StandardKey


class ActionName(StrEnum):
    """Member values are the actions' objectNames (automation relies on some of them)."""

    QUIT = "quitAction"
    IMPORT = "importAction"
    EXPORT = "exportAction"
    PRINT_PDF = "printPdfAction"
    EXPORT_FINAL = "exportFinalAction"
    SYNC = "syncAction"
    BACKUPS = "backupsAction"
    UNSAVED_NOTES = "unsavedNotesAction"
    NEW_NOTE = "newNoteAction"
    SAVE_NOTE = "saveNoteAction"
    DELETE_NOTE = "deleteNoteAction"
    TRASH = "trashAction"
    CONFLICTS = "conflictsAction"
    EDIT_PRACTICE = "editPracticeAction"
    MATRIX = "matrixAction"
    FIND = "findAction"
    EXPAND_ALL = "expandAllAction"
    COLLAPSE_ALL = "collapseAllAction"
    FOCUS_TREE = "focusTreeAction"
    FOCUS_DETAIL = "focusDetailAction"
    FILTER_HELP = "filterHelpAction"
    CHECK_DATABASE = "checkDatabaseAction"
    ABOUT = "aboutAction"


class ActionSpec(NamedTuple):  # a NamedTuple: a third of a dataclass's cost to define
    """``text`` and ``tip`` are English source texts in the "Actions" context, translated when
    the actions are created."""

    text: str
    shortcut: StandardKey | str | None = None
    tip: str = ""
    icon: str | None = None  # a freedesktop icon name (app.ui.common.icons)


SPECS: dict[ActionName, ActionSpec] = {
    ActionName.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Close the application"),
    ),
    ActionName.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        "Ctrl+I",
        QT_TRANSLATE_NOOP(
            "Actions", "Merge notes from another laptop's exchange file (preview first)"
        ),
    ),
    ActionName.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Write an exchange file, a notes table or a report"),
    ),
    ActionName.PRINT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Print to &PDF…"),
        StandardKey.Print,
        QT_TRANSLATE_NOOP("Actions", "A PDF report of the catalogue or a part of it"),
    ),
    ActionName.EXPORT_FINAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export &Final Catalogue…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP(
            "Actions",
            "The practices selected for the final catalogue: PDF with evidence, or the matrix",
        ),
    ),
    ActionName.SYNC: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&ync with Server…"),
        "Ctrl+Shift+Y",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Send this laptop's changes to the catalogue server and fetch everyone else's",
        ),
    ),
    ActionName.CONFLICTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Conflicts…"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Records kept in two versions, to settle"),
    ),
    ActionName.MATRIX: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Field-Test &Matrix"),
        "Ctrl+M",
        QT_TRANSLATE_NOOP("Actions", "Which practice was tested where, and the evidence"),
    ),
    ActionName.BACKUPS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Backups…"),
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("Actions", "Backup copies of this database; restore one"),
    ),
    ActionName.CHECK_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Check Database"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Check the database file for damage"),
    ),
    ActionName.UNSAVED_NOTES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Unsaved Notes…"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("Actions", "Notes that were being written when the program stopped"),
    ),
    ActionName.NEW_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Note"),
        StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Write a new test note for the selected practice"),
        "document-new",
    ),
    ActionName.SAVE_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Save Note"),
        StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the note now (it also saves by itself as you type)"),
        "document-save",
    ),
    ActionName.DELETE_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete Note"),
        "Ctrl+Del",
        QT_TRANSLATE_NOOP("Actions", "Move the selected note to the trash (Ctrl+Z brings it back)"),
        "edit-delete",
    ),
    ActionName.TRASH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Trash…"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Deleted notes, to restore or empty"),
    ),
    ActionName.EDIT_PRACTICE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit &Practice"),
        "F2",
        QT_TRANSLATE_NOOP("Actions", "Edit the texts of the selected practice (F2 again: done)"),
    ),
    ActionName.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Filter…"),
        StandardKey.Find,
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the filter box"),
    ),
    ActionName.EXPAND_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Expand All Categories"), "Ctrl+Shift+E"
    ),
    ActionName.COLLAPSE_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Collapse All Categories"), "Ctrl+Shift+W"
    ),
    ActionName.FOCUS_TREE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Catalogue"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "Move focus to the tree"),
    ),
    ActionName.FOCUS_DETAIL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Details"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "Move focus to the detail pane"),
    ),
    ActionName.FILTER_HELP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Filter Syntax"),
        StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("Actions", "How to write filter queries"),
    ),
    ActionName.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Practice Catalogue"), None),
}


class Actions:
    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionName, QAction] = {}
        for name, spec in SPECS.items():
            action = QAction(translate("Actions", spec.text), parent)
            action.setObjectName(name.value)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                tip = translate("Actions", spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if spec.icon is not None:
                action.setIcon(themed_icon(spec.icon))
            self._actions[name] = action

    def __getitem__(self, name: ActionName) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        return list(self._actions.values())
