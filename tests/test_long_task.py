"""Long work off the GUI thread: results come back, errors come back as errors, Cancel works."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.common.long_task import (
    Progress,
    TaskFailedError,
    current_progress_dialog,
    run_long_task,
)


def test_result_comes_back(qapp: QApplication) -> None:
    assert run_long_task(None, "Adding", lambda progress: 40 + 2) == (True, 42)


@pytest.mark.parametrize("on_gui_thread", [False, True])
def test_an_error_is_an_error_not_a_cancel(qapp: QApplication, on_gui_thread: bool) -> None:
    def fail(progress: Progress) -> None:
        raise ValueError("the file is not JSON")

    with pytest.raises(TaskFailedError, match="not JSON"):
        run_long_task(None, "Reading", fail, on_gui_thread=on_gui_thread)


def test_cancel_stops_the_work(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    reached = threading.Event()
    stop = threading.Event()

    def work(progress: Progress) -> str:
        for done in range(10_000):  # about ten seconds at most: a failure, not a hang
            if not progress(done, 10_000):
                raise RuntimeError("cancelled, rolled back")  # as the services do
            reached.set()
            stop.wait(0.001)  # real work waits on the disk now and then
        return "finished"

    def press_cancel() -> None:
        dialog = current_progress_dialog()
        if dialog is None or not reached.is_set():
            QTimer.singleShot(20, press_cancel)
            return
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()  # as a person does

    QTimer.singleShot(0, press_cancel)
    assert run_long_task(None, "Endless", work) == (False, None)
