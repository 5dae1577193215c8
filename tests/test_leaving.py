"""Leaving cleanly: workers stop on aboutToQuit, on a termination signal, and when a script
that built the window exits without closing it; what was being typed is on disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.db.connect import connect
from app.db.search_index import queue_practices
from app.ui.shell.main_window import MainWindow
from tests.gui_helpers import type_text
from tests.leaving_driver import TYPED


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def _running(window: MainWindow) -> list[QThread]:
    return [thread for thread in window.findChildren(QThread) if thread.isRunning()]


def test_about_to_quit_stops_search_index_and_matrix_workers(
    qtbot,
    window: MainWindow,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    connection = connect(db_path)
    with connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM practices")]
        queue_practices(connection, set(ids))
    connection.close()
    window.browse.start_indexer()  # an index update in flight
    window.open_matrix()  # its evidence count starts on a worker
    type_text(window.catalogue.filter_edit, "desk")  # a search in flight
    assert _running(window), "the test needs workers running"
    QApplication.instance().aboutToQuit.emit()
    assert _running(window) == []
    window.shutdown()  # a second time: nothing left to do, nothing raised
    assert _running(window) == []


def test_a_script_that_exits_with_the_window_open_ends_cleanly(
    db_path: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.leaving_driver", "seam", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(tmp_path),
    )
    assert "searchWorker" in result.stdout  # threads were running when it exited
    assert result.returncode == 0, result.stderr
    assert "Destroyed while thread" not in result.stderr


@pytest.mark.parametrize("sent", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_termination_signal_while_typing_saves_the_words(
    db_path: Path, tmp_path: Path, sent: str
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.leaving_driver", "typing", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(tmp_path),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "typed", line + (process.stderr.read() if process.stderr else "")
    process.send_signal(getattr(signal, sent))  # before the autosave's pause has passed
    _out, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors
    bodies = [row[0] for row in sqlite3.connect(db_path).execute("SELECT body FROM test_notes")]
    assert TYPED in bodies
    check = sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"
