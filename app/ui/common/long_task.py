"""Running long work (imports, exports, reports) off the GUI thread with a progress dialog.

The work is a plain function that receives ``progress(done, total) -> bool``; returning False
from it (after the person pressed Cancel) asks the work to stop, which the services do by
raising their "cancelled" exception and rolling back. The window stays responsive meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget

from app.services.progress import Progress

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up
EMIT_EVERY_S = 0.05
translate = QCoreApplication.translate


class _Relay(QObject):
    progressed = Signal(int, int)
    finished = Signal()


_showing: list[QProgressDialog] = []


def current_progress_dialog() -> QProgressDialog | None:
    """The progress dialog of the long task running now, if any (for automation and tests)."""
    return _showing[-1] if _showing else None


class TaskFailedError(Exception):
    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
    """The progress dialog: ``title`` (translated by the caller) above the bar, and Cancel."""
    dialog = QProgressDialog(title, translate("LongTask", "Cancel"), 0, 0, parent)
    dialog.setObjectName("longTaskProgress")
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    bar = dialog.findChild(QProgressBar)
    if bar is not None:
        bar.setAccessibleName(translate("LongTask", "Progress"))
    return dialog


def run_long_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    *,
    on_gui_thread: bool = False,
) -> tuple[bool, Any]:
    """Run ``work`` on a worker thread; returns (completed, result).

    ``completed`` is False when the person cancelled. An exception in the work is raised
    again here, as ``TaskFailedError``, on the GUI thread. ``on_gui_thread`` is for work that
    paints with Qt (PDF): it runs here, and each progress call lets events through.
    """
    if on_gui_thread:
        return _run_here(parent, title, work)
    relay = _Relay()
    cancelled = threading.Event()
    outcome: dict[str, Any] = {}
    dialog = _progress_dialog(parent, title)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancelled.set)

    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] >= EMIT_EVERY_S:  # a flood of signals would starve the GUI thread
            last[0] = now
            relay.progressed.emit(done, total)
        return not cancelled.is_set()

    def target() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # handed to the GUI thread below
            outcome["error"] = error
        relay.finished.emit()

    def show_progress(done: int, total: int) -> None:
        if dialog.wasCanceled():  # cancel() resets the dialog without emitting canceled()
            cancelled.set()
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    relay.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    _showing.append(dialog)
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    worker = threading.Thread(target=target, name=title, daemon=True)
    worker.start()
    if "result" not in outcome and "error" not in outcome:
        loop.exec()  # a finish that races this check is queued, so the loop still ends
    worker.join()
    _showing.remove(dialog)
    was_cancelled = cancelled.is_set()  # read first: closing the dialog emits canceled()
    dialog.canceled.disconnect(cancelled.set)
    dialog.close()
    error = outcome.get("error")
    if error is not None:
        if was_cancelled:
            return False, None
        raise TaskFailedError(error) from error
    return True, outcome.get("result")


def _run_here(
    parent: QWidget | None, title: str, work: Callable[[Progress], Any]
) -> tuple[bool, Any]:
    dialog = _progress_dialog(parent, title)

    def progress(done: int, total: int) -> bool:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        result = work(progress)
    except Exception as error:
        if dialog.wasCanceled():
            return False, None
        raise TaskFailedError(error) from error
    finally:
        dialog.close()
    return True, result
