"""The table of one practice's notes (the view; ``NotesModel`` holds the rows) and the texts
beside it: the count above it, and what the editor's place says while no note is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QWidget,
)

from app.ui.common.locale_format import number_text
from app.ui.common.translation import fill
from app.ui.notes.model import Column, NotesModel

translate = QCoreApplication.translate


def notes_list_view(model: NotesModel) -> QTableView:
    """Whole rows, one selected at a time, read-only; Tab leaves the table (arrows move in
    it). Its accessible name "Test notes" is relied on by the AT-SPI test."""
    view = QTableView()
    view.setObjectName("notesList")
    view.setAccessibleName(translate("NotesList", "Test notes"))
    view.setAccessibleDescription(
        translate("NotesList", "Test notes of the selected practice, newest first")
    )
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column in (Column.DATE, Column.REGION, Column.STATUS):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.AUTHOR, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(Column.AUTHOR, 90)
    header.setStretchLastSection(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


def count_text(shown: int, total: int) -> str:
    """The count above the list: (3 notes), or (1 of 3 notes) while a region filter hides some."""
    if shown == total:
        return translate("NotesList", "(%n note(s))", None, total)
    return fill(translate("NotesList", "(%1 of %n note(s))", None, total), number_text(shown))


def placeholder_text(practice_chosen: bool, total: int) -> str:
    """What to do, in the editor's place, while no note is open."""
    if not practice_chosen:
        return translate("NotesList", "Select a practice to see and write its test notes.")
    if not total:
        return translate(
            "NotesList",
            "No test notes for this practice yet.\n\n"
            "Press Ctrl+N (or New Note) to write the first one.",
        )
    return translate(
        "NotesList", "Select a note to read or edit it,\nor press Ctrl+N to write a new one."
    )


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` filling its pane, scrolling instead of widening the window when a large
    font makes it wider than the pane (the window must fit a laptop's screen)."""
    scroller = QScrollArea()
    scroller.setObjectName("noteEditorScroller")
    scroller.setWidget(content)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    return scroller
