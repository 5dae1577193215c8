"""Editing practice texts: autosave under revision checks, confirmed renames and moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.db.engine import Sessions
from app.domain.enums import ConflictChoice
from app.domain.errors import RevisionConflictError
from app.services.notes.reader import NotesReader
from app.services.practices import PracticeEditError, PracticesService, PracticeTexts
from app.ui.core.actions import ActionName
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id, region_id
from tests.gui_helpers import type_text, visible_practices

TEXTS = PracticeTexts("", "", "unknown", None, "source")


@pytest.fixture
def reader(db_path: Path) -> NotesReader:
    return NotesReader(db_path)


def test_service_checks_revisions_and_input(sessions: Sessions, reader: NotesReader) -> None:
    service = PracticesService(sessions)
    pid = practice_id(sessions, "Web site")
    texts = PracticeTexts("Sum", "Desc", "partnership", region_id(sessions, "Tartu"), "src")
    assert service.update_texts(pid, 1, texts) == 2
    assert service.update_texts(pid, 2, texts) == 2  # unchanged: no new revision
    with pytest.raises(RevisionConflictError):
        service.update_texts(pid, 1, TEXTS)
    with pytest.raises(PracticeEditError, match="needs a title"):
        service.rename(pid, 2, "  ", "")
    assert service.rename(pid, 2, "Portal", "one door") == 3
    detail = reader.practice_detail(pid)
    assert detail is not None
    assert (detail.title, detail.subtitle, detail.service_type) == (
        "Portal", "one door", "partnership",
    )  # fmt: skip
    assert detail.origin_region is not None and detail.origin_region.name == "Tartu"


def test_move_goes_after_the_practices_there(sessions: Sessions, reader: NotesReader) -> None:
    service = PracticesService(sessions)
    pid = practice_id(sessions, "Web site")
    policy = next(n.id for n in reader.categories() if n.name == "Policy actions")
    service.move(pid, 1, policy)
    keys = reader.practice_keys(policy)
    titles = [reader.practice_rows(keys)[k].title for k in keys]
    assert titles == ["Cluster Development Programme", "Web site"]


def test_resolve_keep_mine_and_theirs(sessions: Sessions, reader: NotesReader) -> None:
    service = PracticesService(sessions)
    pid = practice_id(sessions, "Help desk")
    service.update_texts(pid, 1, PracticeTexts("theirs", "", "unknown", None, "s"))
    conflict = service.keep_conflict(pid, 1, PracticeTexts("mine", "", "unknown", None, "s"), "t")
    service.resolve(conflict, ConflictChoice.MINE)
    assert reader.practice_detail(pid).summary == "mine"  # type: ignore[union-attr]
    other = service.keep_conflict(pid, 3, PracticeTexts("again", "", "unknown", None, "s"), "t")
    service.resolve(other, ConflictChoice.THEIRS)
    assert reader.practice_detail(pid).summary == "mine"  # type: ignore[union-attr]
    assert reader.open_conflicts() == []


def open_editor(window: MainWindow, sessions: Sessions, title: str) -> str:
    pid = practice_id(sessions, title)
    assert window.catalogue.select_practice(pid)
    action = window.registry[ActionName.EDIT_PRACTICE]
    assert action.isEnabled() and action.shortcut() == QKeySequence("F2")
    action.trigger()
    assert window.editing_practice
    return pid


def test_edit_texts_autosave_and_render(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_editor(window, sessions, "Help desk")
    editor = window.practice_editor
    assert editor.findChild(object, "practiceDescription") is editor.description
    with qtbot.waitSignal(editor.changed, timeout=5000):
        editor.description.setFocus()
        type_text(editor.description, "## How\n\nA *single* door for questions.")
    detail = reader.practice_detail(pid)
    assert detail is not None and detail.revision == 2
    assert detail.description == "## How\n\nA *single* door for questions."
    editor.service_type.setCurrentIndex(editor.service_type.findData("partnership"))
    editor.done.click()
    assert not window.editing_practice
    text = window.detail.toPlainText()
    assert "A single door for questions." in text and "Partnership" in text
    assert "No description yet" not in text
    assert reader.practice_detail(pid).service_type == "partnership"  # type: ignore[union-attr]


def test_rename_is_confirmed_first(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_editor(window, sessions, "Web site")
    editor = window.practice_editor

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.title.setText("Should not happen")
        dialog.reject()

    QTimer.singleShot(0, cancel)
    editor.rename_button.click()
    assert reader.practice_detail(pid).title == "Web site"  # type: ignore[union-attr]

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert not dialog.confirm.isEnabled()  # nothing changed yet
        dialog.title.setText("Cluster portal")
        dialog.confirm.click()

    QTimer.singleShot(0, confirm)
    editor.rename_button.click()
    assert reader.practice_detail(pid).title == "Cluster portal"  # type: ignore[union-attr]
    assert "Cluster portal" in visible_practices(window)
    assert editor.title.text() == "Cluster portal"


def test_move_is_confirmed_and_the_tree_follows(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_editor(window, sessions, "Collective Booth")

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.category.setCurrentIndex(dialog.category.findText("Expansion"))
        dialog.findChild(object, "moveConfirm").click()

    QTimer.singleShot(0, confirm)
    window.practice_editor.move_button.click()
    assert reader.practice_detail(pid).category_name == "Expansion"  # type: ignore[union-attr]
    model = window.catalogue.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Expansion  7" in labels and "Commercial cooperation  0" in labels


def test_edit_that_meets_a_newer_version_keeps_both(
    qtbot,
    window: MainWindow,
    sessions: Sessions,
    reader: NotesReader,  # type: ignore[no-untyped-def]
) -> None:
    pid = open_editor(window, sessions, "Mentorship program")
    PracticesService(sessions).update_texts(
        pid, 1, PracticeTexts("elsewhere", "", "unknown", None, "s")
    )
    editor = window.practice_editor
    editor.summary.setPlainText("here")
    editor.flush()
    assert editor.conflict.isVisible() and "changed elsewhere" in editor.state.text()
    assert reader.practice_detail(pid).summary == "elsewhere"  # type: ignore[union-attr]
    editor.keep_mine.click()
    assert reader.practice_detail(pid).summary == "here"  # type: ignore[union-attr]
    assert not editor.conflict.isVisible()
