"""The notes room in other languages and to a screen reader: accessible names in words, the
keyboard routes (Alt+letter, Tab), counts in plural forms, dates and times as the locale
writes them."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.db.engine import Sessions
from app.services.notes.fields import NoteFields
from app.ui.core.actions import ActionName
from app.ui.notes.compare_dialog import CompareDialog
from app.ui.notes.model import Column
from app.ui.notes.region_dialog import RegionDialog
from app.ui.shell.main_window import MainWindow
from build_scripts.translations import tool
from tests.factories import add_note, practice_id
from tests.gui_helpers import type_text

SAVE_TIMEOUT = 5000
ENGLISH_PLURALS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context><name>NotesList</name>
  <message numerus="yes"><source>(%n note(s))</source><translation>
    <numerusform>(%n note)</numerusform><numerusform>(%n notes)</numerusform></translation>
  </message>
</context>
<context><name>TrashDialog</name>
  <message numerus="yes">
    <source>%n deleted note(s). Restore brings a note back to its practice.</source>
    <translation>
      <numerusform>%n deleted note. Restore brings a note back to its practice.</numerusform>
      <numerusform>%n deleted notes. Restore brings a note back to its practice.</numerusform>
    </translation>
  </message>
</context>
</TS>
"""


@pytest.fixture
def locale() -> Iterator[None]:
    """Tests set ``QLocale.setDefault``; the next test gets the one from before."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english_plurals(tmp_path: Path) -> Iterator[None]:
    """The English plural forms of two counted texts, as the lead's English catalogue will
    hold them (compiled here, so the test does not wait for that catalogue to be filled)."""
    source = tmp_path / "plurals_en.ts"
    source.write_text(ENGLISH_PLURALS, encoding="utf-8")
    compiled = tmp_path / "plurals_en.qm"
    subprocess.run(
        [str(tool("lrelease")), "-silent", str(source), "-qm", str(compiled)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, or what Qt falls back to
    (a button's text, a field's buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls in ``root``'s window a person can reach that have no name in words."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window():
            continue  # a combo box's popup list: its own window, read with the combo box
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = spoken_name(widget).strip()
        if not name or name == widget.objectName():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return found


def open_practice(window: MainWindow, sessions: Sessions, title: str) -> str:
    pid = practice_id(sessions, title)
    assert window.catalogue.select_practice(pid)
    return pid


def test_editor_fields_and_list_are_named_by_their_labels(window: MainWindow) -> None:
    editor = window.notes.editor
    names = {
        editor.region: "Region",
        editor.date: "Date",
        editor.status: "Status",
        editor.author: "Author",
        editor.outcome: "Outcome",
        editor.body: "Note text",
        editor.scores["score_cluster_initiatives"]: "Added value for cluster initiatives",
        editor.scores["score_development_agencies"]: "Added value for development agencies",
        editor.scores["score_enterprises"]: "Added value for enterprises",
        editor.save_state: "Save state",
        window.notes.list: "Test notes",
    }
    assert {widget.accessibleName(): name for widget, name in names.items()} == {
        name: name for name in names.values()
    }
    assert editor.author.objectName() == "noteAuthor"
    assert editor.save_state.objectName() == "noteSaveState"
    assert editor.date.accessibleDescription()  # what to type: the formats it reads


def test_every_control_of_the_notes_pane_is_named(window: MainWindow, sessions: Sessions) -> None:
    open_practice(window, sessions, "Help desk")
    window.notes.new_note()
    window.notes.conflict_bar.show_conflict("not-a-conflict")  # its buttons, to be read too
    assert unnamed_controls(window.notes) == []


def test_dialogs_have_named_controls(qtbot, window: MainWindow, sessions: Sessions) -> None:  # type: ignore[no-untyped-def]
    note_id = add_note(sessions, "Collective Booth", "Tartu", body="Booth at a fair")
    pid = open_practice(window, sessions, "Collective Booth")
    store = window.notes.store
    store.notes.trash(note_id)
    store.notes.save_draft(
        "draft-1", NoteFields(body="Half a thought"), record_id=None, practice_id=pid,
        base_revision=None,
    )  # fmt: skip
    window.registry[ActionName.TRASH].trigger()
    window.registry[ActionName.CONFLICTS].trigger()
    window.registry[ActionName.UNSAVED_NOTES].trigger()
    region = RegionDialog(store, window)
    compare = CompareDialog(window.notes.reader, note_id, "none", window)
    for dialog in (region, compare):
        qtbot.addWidget(dialog)
        dialog.show()
    names = ["trashDialog", "conflictsDialog", "draftsDialog", "regionDialog", "compareDialog"]
    for name in names:
        dialog = window.findChild(QDialog, name)
        assert dialog is not None and dialog.isVisible(), name
        assert unnamed_controls(dialog) == [], name
    assert window.findChild(QDialog, "trashDialog").list.accessibleName() == "Deleted notes"
    assert window.findChild(QDialog, "draftsDialog").list.accessibleName() == "Unsaved notes"
    assert region.country.accessibleName() == "Country code"


def test_alt_letters_reach_the_fields(qtbot, window: MainWindow, sessions: Sessions) -> None:  # type: ignore[no-untyped-def]
    open_practice(window, sessions, "Help desk")
    window.notes.new_note()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.notes.editor
    for key, field in (
        (Qt.Key.Key_U, editor.author),
        (Qt.Key.Key_R, editor.region),
        (Qt.Key.Key_D, editor.date),
        (Qt.Key.Key_S, editor.status),
        (Qt.Key.Key_O, editor.outcome),
        (Qt.Key.Key_L, editor.scores["score_cluster_initiatives"]),
        (Qt.Key.Key_N, window.notes.region_filter),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field, key


def test_tab_goes_from_the_list_through_the_fields(
    qtbot,
    window: MainWindow,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    add_note(sessions, "Help desk", "Tartu", body="First visit")
    open_practice(window, sessions, "Help desk")
    window.notes.list.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.notes.editor
    expected = [
        editor.region, editor.date, editor.status, editor.author, editor.outcome,
        *editor.scores.values(), editor.body, editor.tabs.tabBar(),
    ]  # fmt: skip
    window.notes.list.setFocus()
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    window.notes.list.setFocus()
    qtbot.keyClick(window.notes.list, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.notes.region_filter


def test_save_state_follows_the_locale(
    qtbot,
    locale: None,
    window: MainWindow,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    earlier = datetime(2012, 3, 2, 9, 5, tzinfo=UTC)
    add_note(sessions, "Help desk", "Tartu", body="First visit", updated_at=earlier)
    open_practice(window, sessions, "Help desk")
    QLocale.setDefault(QLocale("fr"))
    window.notes.list.selectRow(0)
    state = window.notes.editor.save_state
    assert re.fullmatch(r"Saved 0[12]/03/2012 \d\d:\d\d", state.text()), state.text()
    assert state.accessibleDescription() == state.text()  # read after "Save state"
    editor = window.notes.editor
    QLocale.setDefault(QLocale("en_US"))  # 12-hour clock: the format is the locale's, not fixed
    with qtbot.waitSignal(window.notes.session.saved, timeout=SAVE_TIMEOUT):
        editor.outcome.setFocus()
        type_text(editor.outcome, "Worked")
    assert re.fullmatch(r"Saved \d{1,2}:\d\d\s[AP]M", state.text()), state.text()
    QLocale.setDefault(QLocale("fr"))
    with qtbot.waitSignal(window.notes.session.saved, timeout=SAVE_TIMEOUT):
        type_text(editor.outcome, " well")
    assert re.fullmatch(r"Saved \d\d:\d\d", state.text()), state.text()


def test_dates_in_the_list_and_the_trash_follow_the_locale(
    locale: None, window: MainWindow, sessions: Sessions
) -> None:
    QLocale.setDefault(QLocale("fr"))
    note_id = add_note(sessions, "Help desk", "Tartu", body="First visit")  # 1 March 2012
    open_practice(window, sessions, "Help desk")
    model = window.notes.model
    assert model.index(0, Column.DATE).data() == "01/03/2012"
    spoken = model.index(0, Column.DATE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "jeudi 1 mars 2012"  # the long form, with the weekday
    assert model.index(0, Column.STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == "planned"
    window.notes.store.notes.trash(note_id)
    window.registry[ActionName.TRASH].trigger()
    trash = window.findChild(QDialog, "trashDialog")
    row = trash.list.topLevelItem(0)
    assert row.text(2) == "01/03/2012"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", row.text(4)), row.text(4)


def test_counts_take_the_languages_plural_forms(
    english_plurals: None, window: MainWindow, sessions: Sessions
) -> None:
    add_note(sessions, "Help desk", "Tartu", body="First visit")
    open_practice(window, sessions, "Help desk")
    assert window.notes.count_label.text() == "(1 note)"
    second = add_note(sessions, "Help desk", "Tartu", body="Second visit")
    window.notes.reload_notes()
    assert window.notes.count_label.text() == "(2 notes)"
    window.notes.store.notes.trash(second)
    window.registry[ActionName.TRASH].trigger()
    trash = window.findChild(QDialog, "trashDialog")
    assert trash.intro.text().startswith("1 deleted note. Restore")


def test_regions_are_listed_in_the_persons_alphabet(locale: None, window: MainWindow) -> None:
    QLocale.setDefault(QLocale("en_GB"))  # as install_language sets it for English
    window.notes.store.add_region("Île-de-France", "FR", "")
    window.notes.refresh_regions()
    combo = window.notes.region_filter
    labels = [combo.itemText(index) for index in range(1, combo.count())]
    assert labels.index("Île-de-France (FR)") < labels.index("Tartu (EE)")
    editor = window.notes.editor.region
    assert editor.findText("Île-de-France (FR)") < editor.findText("Tartu (EE)")
