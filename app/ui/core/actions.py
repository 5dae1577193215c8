"""Every user action in one registry: names, texts, shortcuts, icons (as Picard does).

Menus, toolbars and context menus are composed from ``ActionName`` members; what an action
does is connected by the pane that owns the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

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


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: StandardKey | str | None = None
    tip: str = ""
    icon: QStyle.StandardPixmap | None = None


SPECS: dict[ActionName, ActionSpec] = {
    ActionName.QUIT: ActionSpec("&Quit", StandardKey.Quit, "Close the application"),
    ActionName.IMPORT: ActionSpec(
        "&Import…", "Ctrl+I", "Merge notes from another laptop's exchange file (preview first)"
    ),
    ActionName.EXPORT: ActionSpec(
        "&Export…", "Ctrl+E", "Write an exchange file, a notes table or a report"
    ),
    ActionName.PRINT_PDF: ActionSpec(
        "Print to &PDF…", StandardKey.Print, "A PDF report of the catalogue or a part of it"
    ),
    ActionName.EXPORT_FINAL: ActionSpec(
        "Export &Final Catalogue…",
        "Ctrl+Shift+P",
        "The practices selected for the final catalogue: PDF with evidence, or the matrix",
    ),
    ActionName.SYNC: ActionSpec(
        "S&ync with Server…",
        "Ctrl+Shift+Y",
        "Send this laptop's changes to the catalogue server and fetch everyone else's",
    ),
    ActionName.CONFLICTS: ActionSpec(
        "&Conflicts…", "Ctrl+Shift+C", "Records kept in two versions, to settle"
    ),
    ActionName.MATRIX: ActionSpec(
        "Field-Test &Matrix", "Ctrl+M", "Which practice was tested where, and the evidence"
    ),
    ActionName.BACKUPS: ActionSpec(
        "&Backups…", "Ctrl+Shift+B", "Backup copies of this database; restore one"
    ),
    ActionName.CHECK_DATABASE: ActionSpec(
        "&Check Database", "Ctrl+Shift+K", "Check the database file for damage"
    ),
    ActionName.UNSAVED_NOTES: ActionSpec(
        "&Unsaved Notes…", "Ctrl+Shift+U", "Notes that were being written when the program stopped"
    ),
    ActionName.NEW_NOTE: ActionSpec(
        "&New Note",
        StandardKey.New,
        "Write a new test note for the selected practice",
        QStyle.StandardPixmap.SP_FileIcon,
    ),
    ActionName.SAVE_NOTE: ActionSpec(
        "&Save Note",
        StandardKey.Save,
        "Save the note now (it also saves by itself as you type)",
        QStyle.StandardPixmap.SP_DialogSaveButton,
    ),
    ActionName.DELETE_NOTE: ActionSpec(
        "&Delete Note",
        "Ctrl+Del",
        "Move the selected note to the trash (Ctrl+Z brings it back)",
        QStyle.StandardPixmap.SP_TrashIcon,
    ),
    ActionName.TRASH: ActionSpec("&Trash…", "Ctrl+Shift+T", "Deleted notes, to restore or empty"),
    ActionName.EDIT_PRACTICE: ActionSpec(
        "Edit &Practice", "F2", "Edit the texts of the selected practice (F2 again: done)"
    ),
    ActionName.FIND: ActionSpec("&Filter…", StandardKey.Find, "Put the cursor in the filter box"),
    ActionName.EXPAND_ALL: ActionSpec("&Expand All Categories", "Ctrl+Shift+E"),
    ActionName.COLLAPSE_ALL: ActionSpec("&Collapse All Categories", "Ctrl+Shift+W"),
    ActionName.FOCUS_TREE: ActionSpec("Go to &Catalogue", "Ctrl+1", "Move focus to the tree"),
    ActionName.FOCUS_DETAIL: ActionSpec(
        "Go to &Details", "Ctrl+2", "Move focus to the detail pane"
    ),
    ActionName.FILTER_HELP: ActionSpec(
        "&Filter Syntax", StandardKey.HelpContents, "How to write filter queries"
    ),
    ActionName.ABOUT: ActionSpec("&About Practice Catalogue", None),
}


class Actions:
    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionName, QAction] = {}
        style = parent.style()
        for name, spec in SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(name.value)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            self._actions[name] = action

    def __getitem__(self, name: ActionName) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        return list(self._actions.values())
