"""Damaged or foreign database files: never a crash, never a changed byte; the command line
says what is wrong in one line, the window offers a way on."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services.backups import take_backup
from app.ui.safety.open_problem import OpenProblemDialog
from app.ui.shell.application import open_window


def zero_bytes(path: Path, good: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[: 4096 * 3])


def random_bytes(path: Path, good: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(50_000))


def text_file(path: Path, good: Path) -> None:
    path.write_text("Tartu workshop notes\nnot a database\n", encoding="utf-8")


def other_application(path: Path, good: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")


def newer_release(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()  # the last connection checkpoints and removes the -wal file


CASES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "zero-bytes": (zero_bytes, "empty"),
    "truncated": (truncated, "damaged"),
    "random-bytes": (random_bytes, "not an SQLite file"),
    "text-file": (text_file, "not an SQLite file"),
    "other-application": (other_application, "another application"),
    "newer-release": (newer_release, "newer version"),
}


@pytest.fixture(params=list(CASES), ids=list(CASES))
def bad_file(request: pytest.FixtureRequest, db_path: Path, tmp_path: Path) -> tuple[Path, str]:
    make, words = CASES[request.param]
    path = tmp_path / "bad" / "catalogue.db"
    path.parent.mkdir()
    make(path, db_path)
    return path, words


def test_command_line_says_it_in_one_line(bad_file: tuple[Path, str], tmp_path: Path) -> None:
    path, words = bad_file
    before = path.read_bytes()
    for command in (["export"], ["check"], ["backup"]):
        result = subprocess.run(
            [sys.executable, "-m", "app", *command, "--db", str(path)],
            capture_output=True, text=True, timeout=60, check=False,
            env=dict(os.environ, HOME=str(tmp_path)),
        )  # fmt: skip
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1, (command, result.stderr)
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["catalogue.db"]


def answer(choice: str) -> None:
    """Click ``choice`` in the problem dialog as soon as it is shown."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenProblemDialog):
            QTimer.singleShot(10, click)
            return
        dialog.findChild(object, f"openProblem{choice.title()}").click()

    QTimer.singleShot(0, click)


def test_window_explains_and_changes_nothing(qtbot, bad_file: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    path, words = bad_file
    before = path.read_bytes()
    seen: list[str] = []

    def read_and_quit() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenProblemDialog):
            QTimer.singleShot(10, read_and_quit)
            return
        seen.append(dialog.findChild(object, "openProblemMessage").text())
        dialog.findChild(object, "openProblemQuit").click()

    QTimer.singleShot(0, read_and_quit)
    assert open_window(str(path)) is None
    assert seen and words in seen[0] and "Nothing has been changed" in seen[0]
    assert path.read_bytes() == before


def test_restore_latest_backup_sets_the_damaged_file_aside(
    qtbot,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "catalogue.db"
    path.write_bytes(db_path.read_bytes())
    take_backup(path, "automatic")
    path.write_bytes(b"\x00" * 5000)  # the file got damaged
    answer("restore")
    window = open_window(str(path))
    assert window is not None
    qtbot.addWidget(window)
    assert window.catalogue.model.total_practices == 15
    aside = [p for p in folder.iterdir() if p.name.endswith("Z") and ".unreadable-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00" * 5000  # kept, byte for byte
    window.close()


def test_open_another_file_or_start_a_new_one(
    qtbot,
    monkeypatch,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("junk", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(db_path), ""))
    answer("open")
    window = open_window(str(bad))
    assert window is not None and window.database_path == db_path
    qtbot.addWidget(window)
    window.close()
    fresh = tmp_path / "elsewhere" / "new.db"
    fresh.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    answer("new")
    window = open_window(str(bad))
    assert window is not None and window.database_path == fresh
    qtbot.addWidget(window)
    window.close()
    assert bad.read_text(encoding="utf-8") == "junk"
