"""A full disk: the save fails loudly, the text stays in the editor and is copied outside the
database, and the next successful save writes it. SQLITE_FULL is produced for real by
limiting the database's size (PRAGMA max_page_count) on the writer's connections."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.db.engine import Sessions
from app.paths import user_dirs
from app.services.notes.reader import NotesReader
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id, region_id

LONG = "Workshop in Tartu: " + "ühendused ja koostöö " * 900  # needs new pages


class FullDisk:
    """While active, the database may not grow by a single page."""

    def __init__(self, sessions: Sessions, db: Path) -> None:
        self.engine = sessions.writer
        with sqlite3.connect(db) as connection:
            self.pages = connection.execute("PRAGMA page_count").fetchone()[0]

    def _limit(self, dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.pages}")

    def __enter__(self) -> FullDisk:
        self.engine.dispose()
        event.listen(self.engine, "connect", self._limit)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "connect", self._limit)
        self.engine.dispose()


@pytest.fixture
def emergency() -> Iterator[Path]:
    folder = user_dirs().data / "unsaved"
    yield folder
    for leftover in folder.glob("*.json"):
        leftover.unlink()


def test_full_disk_keeps_the_text_and_saves_later(
    window: MainWindow, sessions: Sessions, db_path: Path, emergency: Path
) -> None:
    pid = practice_id(sessions, "Help desk")
    window.catalogue.select_practice(pid)
    window.notes.new_note()
    editor = window.notes.editor
    editor.region.setCurrentIndex(editor.region.findData(region_id(sessions, "Tartu")))
    editor.body.setPlainText(LONG)
    with FullDisk(window.open_catalogue.store._write, db_path):
        outcome = window.notes.session.save_now()
        assert outcome is not None and outcome.kind.value == "failed"
        assert "the disk is full" in outcome.message
        assert editor.body.toPlainText() == LONG  # still in the editor
        assert editor.save_state.text().startswith("Not saved: the disk is full")
        assert window.notes.session.dirty  # and will be saved again
        [copy] = list(emergency.glob("*.json"))
        assert "ühendused ja koostöö" in copy.read_text(encoding="utf-8")
    outcome = window.notes.session.save_now()  # the disk has room again
    assert outcome is not None and outcome.kind.value == "saved"
    reader = NotesReader(db_path)
    [note] = reader.notes(pid)
    assert reader.note(note.id).body == LONG  # type: ignore[union-attr]
    assert list(emergency.glob("*.json")) == []


def test_emergency_copy_comes_back_as_a_draft_on_the_next_start(
    qtbot,
    make_window,
    window: MainWindow,
    sessions: Sessions,
    db_path: Path,
    emergency: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.catalogue.select_practice(practice_id(sessions, "Web site"))
    window.notes.new_note()
    window.notes.editor.body.setPlainText(LONG)
    with FullDisk(window.open_catalogue.store._write, db_path):
        window.notes.session.save_now()
        assert list(emergency.glob("*.json"))
        window.notes.session.close_note()  # as if the program died here
    again = make_window()
    again.notes_feature.offer_drafts()
    dialog = again.findChild(object, "draftsDialog")
    assert dialog is not None and dialog.list.topLevelItemCount() == 1
    assert list(emergency.glob("*.json")) == []  # moved into the database
    with qtbot.waitSignal(dialog.openRequested):
        dialog.open_button.click()
    assert again.notes.editor.body.toPlainText() == LONG
