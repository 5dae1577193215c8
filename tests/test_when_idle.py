"""Start-up's background work waits for the first paint and for a pause in the person's input,
then runs one piece at a time; closing the window drops what has not started."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.core.when_idle import WhenIdle
from app.ui.shell.main_window import MainWindow
from tests.gui_helpers import type_text


def _typing(qtbot, edit: QLineEdit, log: list[str], keys: int, every_ms: int) -> QTimer:  # type: ignore[no-untyped-def]
    """A person typing ``keys`` characters, one every ``every_ms``; ``log`` records each."""
    timer = QTimer()
    timer.setInterval(every_ms)

    def key() -> None:
        type_text(edit, "x")
        log.append("key")
        if log.count("key") == keys:
            timer.stop()

    timer.timeout.connect(key)
    return timer


def test_queued_work_waits_for_start_then_runs_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    idle = WhenIdle(quiet_ms=50, spacing_ms=10)
    ran: list[str] = []
    idle.later(lambda: ran.append("first"))
    idle.later(lambda: ran.append("second"))
    waited = QTimer()
    waited.setSingleShot(True)
    with qtbot.waitSignal(waited.timeout, timeout=5000):
        waited.start(200)  # four quiet periods without start(): nothing may run
    assert ran == [] and idle.pending == 2

    idle.start()
    qtbot.waitUntil(lambda: ran == ["first", "second"], timeout=5000)
    assert idle.pending == 0
    idle.later(lambda: ran.append("third"))  # queued after start: runs at the next pause
    qtbot.waitUntil(lambda: ran[-1:] == ["third"], timeout=5000)


def test_typing_postpones_the_work_until_the_person_pauses(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    log: list[str] = []
    idle = WhenIdle(quiet_ms=400, spacing_ms=10)
    idle.later(lambda: log.append("work"))
    typing = _typing(qtbot, edit, log, keys=30, every_ms=20)  # 600 ms of typing, > quiet_ms
    typing.start()
    idle.start()
    qtbot.waitUntil(lambda: "work" in log, timeout=10_000)
    assert log == ["key"] * 30 + ["work"]  # nothing ran while keys kept coming
    assert edit.text() == "x" * 30


def test_stop_drops_what_has_not_started(qtbot) -> None:  # type: ignore[no-untyped-def]
    idle = WhenIdle(quiet_ms=30, spacing_ms=30)
    ran: list[str] = []
    idle.later(lambda: (ran.append("first"), idle.stop()))
    idle.later(lambda: ran.append("second"))
    idle.start()
    qtbot.waitUntil(lambda: ran == ["first"], timeout=5000)
    waited = QTimer()
    waited.setSingleShot(True)
    with qtbot.waitSignal(waited.timeout, timeout=5000):
        waited.start(150)
    assert ran == ["first"] and idle.pending == 0
    idle.later(lambda: ran.append("late"))  # after stop: ignored
    assert idle.pending == 0
    QApplication.processEvents()
    assert ran == ["first"]


def test_the_window_starts_its_background_work_after_the_first_paint(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    assert window.idle.pending == 5  # drafts, write path, backups, indexing, unsynced count
    qtbot.waitUntil(lambda: window.idle.pending == 0, timeout=15_000)
    assert window.safety.backups is not None  # the start backup's scheduler is running
    qtbot.waitUntil(lambda: "app.services.notes.service" in sys.modules, timeout=15_000)


def test_counting_unsynced_changes_leaves_the_server_driver_unloaded() -> None:
    script = (
        "import sys; from app.services.sync.unsynced import unsynced_count;"
        "print('psycopg' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["False", "False"]
