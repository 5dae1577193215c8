"""The note editor, driven through its widgets: create, edit, autosave, validate, delete,
restore, undo, and two windows on one file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTableView

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.notes.reader import NotesReader
from app.ui.core.actions import ActionName
from app.ui.shell.main_window import MainWindow
from tests.factories import add_note, practice_id, region_id
from tests.gui_helpers import type_text

SAVE_TIMEOUT = 5000


@pytest.fixture
def reader(db_path: Path) -> NotesReader:
    return NotesReader(db_path)


def open_practice(window: MainWindow, sessions: Sessions, title: str) -> str:
    pid = practice_id(sessions, title)
    assert window.catalogue.select_practice(pid)
    assert window.notes.practice_id == pid
    return pid


def typed_and_saved(qtbot, window: MainWindow, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into ``widget`` and wait for the autosave that follows the pause."""
    with qtbot.waitSignal(window.notes.session.saved, timeout=SAVE_TIMEOUT):
        widget.setFocus()
        type_text(widget, text)


def test_named_note_widgets(window: MainWindow, sessions: Sessions) -> None:
    assert window.findChild(QTableView, "notesList").accessibleName() == "Test notes"
    open_practice(window, sessions, "Help desk")  # the editor is built on first use
    for name, kind, spoken in (
        ("notesList", QTableView, "Test notes"),
        ("noteRegion", QComboBox, "Region"),
        ("noteStatus", QComboBox, "Status"),
        ("noteBody", QPlainTextEdit, "Note text"),
        ("noteDate", QLineEdit, "Date"),
    ):
        widget = window.findChild(kind, name)
        assert widget is not None and widget.accessibleName() == spoken
    assert window.findChild(object, "noteEditor") is window.notes.editor
    new, save = window.registry[ActionName.NEW_NOTE], window.registry[ActionName.SAVE_NOTE]
    assert new.objectName() == "newNoteAction" and save.objectName() == "saveNoteAction"
    assert new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    statuses = [window.notes.editor.status.itemData(i) for i in range(4)]
    assert statuses == ["planned", "in_progress", "completed", "dropped"]


def test_new_note_is_autosaved_with_defaults(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_practice(window, sessions, "Help desk")
    window.settings.setValue("notes/last_author", "Seren")
    window.settings.setValue("notes/last_region", region_id(sessions, "Tartu"))
    window.registry[ActionName.NEW_NOTE].trigger()
    editor = window.notes.editor
    assert editor.date.text() == date.today().isoformat()
    assert editor.author.text() == "Seren"
    assert editor.region.currentText() == "Tartu (EE)"
    assert editor.body.hasFocus()
    typed_and_saved(qtbot, window, editor.body, "Living Labs: R&D meets industry — ühendused")
    [note] = reader.notes(pid)
    stored = reader.note(note.id)
    assert stored is not None and stored.body == "Living Labs: R&D meets industry — ühendused"
    assert stored.author == "Seren" and stored.status == NoteStatus.PLANNED
    assert editor.save_state.text().startswith("Saved ")
    assert window.notes.model.rowCount() == 1  # the list shows it


def test_editing_a_note_saves_and_bumps_the_revision(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    note_id = add_note(sessions, "Co-Location", "Namur", body="Shared offices")
    open_practice(window, sessions, "Co-Location")
    window.notes.list.selectRow(0)
    editor = window.notes.editor
    assert editor.body.toPlainText() == "Shared offices"
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    typed_and_saved(qtbot, window, editor.body, " in the science park")
    stored = reader.note(note_id)
    assert stored is not None
    assert (stored.body, stored.revision) == ("Shared offices in the science park", 2)


def test_moving_on_saves_at_once(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    first = add_note(sessions, "Web site", "Malta", body="first")
    add_note(sessions, "Web site", "Greece", body="second", date=date(2011, 1, 1))
    open_practice(window, sessions, "Web site")
    window.notes.list.selectRow(window.notes.model.row_of(first))
    editor = window.notes.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " edited")
    assert window.notes.session.dirty  # not saved yet: the pause has not passed
    window.notes.list.selectRow(window.notes.model.row_of(first) ^ 1)  # the other note
    assert reader.note(first).body == "first edited"  # type: ignore[union-attr]
    # Ctrl+S saves at once too.
    editor.body.setFocus()
    type_text(editor.body, "!")
    window.registry[ActionName.SAVE_NOTE].trigger()
    assert not window.notes.session.dirty


def test_invalid_input_is_explained_and_kept_as_a_draft(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_practice(window, sessions, "Help desk")
    window.notes.new_note()
    editor = window.notes.editor
    editor.region.setCurrentIndex(0)  # "Choose a region…"
    editor.date.selectAll()
    type_text(editor.date, "31.02.2012")
    editor.scores["score_enterprises"].setFocus()
    type_text(editor.scores["score_enterprises"], "7")
    type_text(editor.body, "Text that must survive")
    window.notes.save_now()
    errors = {name: label for name, label in editor.errors.items() if label.isVisible()}
    assert set(errors) == {"region_id", "date_text", "score_enterprises"}
    assert errors["region_id"].text() == "Choose the region where the test took place."
    assert "“31.02.2012” is not a date" in errors["date_text"].text()
    assert "7 is out of range" in errors["score_enterprises"].text()
    assert editor.save_state.text().startswith("Not saved:")
    [draft] = reader.drafts()
    assert json.loads(draft.payload)["body"] == "Text that must survive"
    assert reader.notes(pid) == []
    # Fixing the fields saves the note and drops the draft.
    editor.region.setCurrentIndex(editor.region.findData(region_id(sessions, "Tartu")))
    editor.date.setText("2012-02-28")
    editor.scores["score_enterprises"].setText("5")
    window.notes.save_now()
    assert not any(label.isVisible() for label in editor.errors.values())
    assert reader.drafts() == [] and len(reader.notes(pid)) == 1


def test_delete_undo_and_trash(
    qtbot,
    monkeypatch,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    note_id = add_note(sessions, "Collective Booth", "Tartu", body="Booth at a fair")
    pid = open_practice(window, sessions, "Collective Booth")
    window.notes.list.selectRow(0)
    window.registry[ActionName.DELETE_NOTE].trigger()
    assert reader.notes(pid) == [] and window.notes.model.rowCount() == 0
    assert [t.id for t in reader.trashed_notes()] == [note_id]
    undo = window.findChild(object, "undoAction")
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.notes.list.setFocus()
    undo.trigger()
    assert [n.id for n in reader.notes(pid)] == [note_id]
    assert window.notes.current_note_id() == note_id
    # Delete again and restore from the trash dialog.
    window.registry[ActionName.DELETE_NOTE].trigger()
    window.registry[ActionName.TRASH].trigger()
    dialog = window.findChild(object, "trashDialog")
    assert dialog.list.topLevelItemCount() == 1
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.restore_button.click()
    assert [n.id for n in reader.notes(pid)] == [note_id]
    assert window.notes.model.rowCount() == 1
    # Emptying asks first; "Cancel" keeps everything.
    window.notes.list.selectRow(0)
    window.registry[ActionName.DELETE_NOTE].trigger()
    dialog.reload()
    from PySide6.QtWidgets import QMessageBox

    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.empty_button.click()
    assert len(reader.trashed_notes()) == 1
    dialog.empty_button.click()
    assert reader.trashed_notes() == [] and reader.note(note_id) is None
    assert asked and "cannot be undone" in asked[0]


def test_two_windows_editing_one_note_keep_both_versions(
    qtbot,
    make_window,
    sessions: Sessions,
    reader: NotesReader,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QSettings

    note_id = add_note(sessions, "Mentorship program", "Slovenia", body="original")
    first = make_window()
    second = make_window(settings=QSettings(str(tmp_path / "two.ini"), QSettings.Format.IniFormat))
    for window in (first, second):
        open_practice(window, sessions, "Mentorship program")
        window.notes.list.selectRow(0)
    first.notes.editor.body.setPlainText("first window's text")
    first.notes.save_now()
    second.notes.editor.body.setPlainText("second window's text")
    second.notes.save_now()
    stored = reader.note(note_id)
    assert stored is not None and stored.body == "first window's text"
    [conflict] = reader.open_conflicts(note_id)
    assert json.loads(conflict.payload)["body"] == "second window's text"
    bar = second.notes.conflict_bar
    assert not bar.isHidden()
    assert "Not saved" in second.notes.editor.save_state.text()
    bar.findChild(object, "conflictBoth").click()
    bodies = sorted(n.first_line for n in reader.notes(practice_id(sessions, "Mentorship program")))
    assert bodies == ["first window's text", "second window's text"]
    assert reader.open_conflicts() == [] and bar.isHidden()


def test_other_window_follows_saved_changes(
    qtbot,
    make_window,
    sessions: Sessions,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QSettings

    add_note(sessions, "European Networking", "France", body="before")
    first = make_window()
    second = make_window(settings=QSettings(str(tmp_path / "two.ini"), QSettings.Format.IniFormat))
    for window in (first, second):
        open_practice(window, sessions, "European Networking")
        window.notes.list.selectRow(0)
    first.notes.editor.body.setPlainText("after")
    first.notes.save_now()
    with qtbot.waitSignal(second.open_catalogue.changed, timeout=5000):
        pass
    assert second.notes.editor.body.toPlainText() == "after"


def test_markdown_body_is_stored_exactly_and_previewed(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    body = "# Título\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- *ünë*\n- **two**  \n"
    note_id = add_note(sessions, "Help desk", "Greece", body="x")
    open_practice(window, sessions, "Help desk")
    window.notes.list.selectRow(0)
    editor = window.notes.editor
    editor.body.setPlainText(body)
    window.notes.save_now()
    assert reader.note(note_id).body == body  # type: ignore[union-attr]
    editor.tabs.setCurrentWidget(editor.preview)
    preview = editor.preview.toPlainText()
    assert "Título" in preview and "ünë" in preview and "#" not in preview and "**" not in preview


def test_tab_order_follows_the_form(window: MainWindow, sessions: Sessions) -> None:
    open_practice(window, sessions, "Help desk")
    window.notes.new_note()
    editor = window.notes.editor
    expected = [
        editor.region, editor.date, editor.status, editor.author, editor.outcome,
        *editor.scores.values(), editor.body,
    ]  # fmt: skip
    editor.region.setFocus()
    window.activateWindow()
    seen = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        window.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_empty_states_say_what_to_do(window: MainWindow, sessions: Sessions) -> None:
    placeholder = window.notes.placeholder
    assert "Select a practice" in placeholder.text()
    open_practice(window, sessions, "Help desk")
    assert "No test notes for this practice yet" in placeholder.text()
    assert "Ctrl+N" in placeholder.text()
    assert window.notes.editor_stack.currentWidget() is placeholder


def test_keyboard_new_note_shortcut(qtbot, window: MainWindow, sessions: Sessions) -> None:  # type: ignore[no-untyped-def]
    open_practice(window, sessions, "Help desk")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.catalogue.tree.setFocus()
    qtbot.keyClick(window.catalogue.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.editor_stack.currentWidget() is window.notes.editor
    assert window.notes.editor.body.hasFocus()


@pytest.mark.parametrize(
    ("code", "region", "date_problem", "score_problem"),
    [
        (
            "fr",
            "Choisissez la région où le test a eu lieu.",
            "«\u00a031.02.2012\u00a0» n’est pas une date",
            "Valeur ajoutée pour les entreprises\u00a0: 7 est hors limites",
        ),
        (
            "el",
            "Επιλέξτε την περιφέρεια όπου έγινε η δοκιμή.",
            "Το «31.02.2012» δεν είναι ημερομηνία",
            "Προστιθέμενη αξία για επιχειρήσεις: το 7 είναι εκτός ορίων",
        ),
    ],
)
def test_invalid_input_is_explained_in_the_window_language(
    qtbot,
    make_window,
    sessions: Sessions,
    code: str,
    region: str,
    date_problem: str,
    score_problem: str,
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language=code)
    window.show()
    qtbot.waitExposed(window)
    open_practice(window, sessions, "Help desk")
    window.notes.new_note()
    editor = window.notes.editor
    editor.region.setCurrentIndex(0)
    editor.date.selectAll()
    type_text(editor.date, "31.02.2012")
    editor.scores["score_enterprises"].setFocus()
    type_text(editor.scores["score_enterprises"], "7")
    window.notes.save_now()
    errors = {name: label.text() for name, label in editor.errors.items() if label.isVisible()}
    assert errors["region_id"] == region
    assert errors["date_text"].startswith(date_problem)
    assert errors["score_enterprises"].startswith(score_problem)
