"""Counting the evidence of every practice for the field-test matrix, off the GUI thread.

Column totals and sorting by evidence take one pass over all notes (``MatrixReader.summary``),
seconds at a million notes. ``SummaryWorker`` runs it on a thread with its own connection;
``EvidenceCounter`` decides when to count, at opening and again a moment after the data
changed, and only while the window is shown; it numbers the requests so that only the newest
one's answer is handed to the model.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.matrix import EvidenceSummary, MatrixReader
from app.ui.common.newest_request import NewestRequest

if TYPE_CHECKING:
    from app.ui.matrix.model import MatrixModel

REFRESH_DELAY_MS = 1500  # after the last change, before the evidence is counted again


class SummaryWorker(QThread):
    """Counts the evidence of every practice on its own connection; the newest request wins."""

    ready = Signal(int, object)  # (generation, EvidenceSummary)
    failed = Signal(int, str)

    def __init__(self, path: Path, read_only: bool | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixSummaryWorker")
        self._path, self._read_only = path, read_only
        self._requests: NewestRequest[int] = NewestRequest()
        self._reader: MatrixReader | None = None  # guarded by the requests' lock

    def request(self, generation: int) -> None:
        self._requests.put(generation)
        if not self.isRunning():
            self.start()

    def stop(self) -> None:
        """Abandon the running count and end the thread (``request`` starts it again)."""
        self._requests.stop()
        # An interrupt only stops the statement running at that moment; the count runs a
        # few, so keep interrupting until the thread has noticed.
        while not self.wait(50):
            with self._requests.lock:
                if self._reader is not None:
                    self._reader.interrupt()

    def run(self) -> None:
        reader = MatrixReader(self._path, read_only=self._read_only)
        with self._requests.lock:
            self._reader = reader
        try:
            while (generation := self._requests.take()) is not None:
                try:
                    summary = reader.summary()
                except sqlite3.Error as error:
                    if not self._requests.stopping:
                        self.failed.emit(generation, str(error))
                    continue
                if not self._requests.stopping:
                    self.ready.emit(generation, summary)
        finally:
            with self._requests.lock:
                self._reader = None
            reader.close()


class EvidenceCounter(QObject):
    """Keeps the summary of ``model`` current while ``window`` is shown.

    The window calls ``count_later`` when the data changed (the count waits for changes to
    pause), ``shown`` and ``hidden`` from its show and close events, and ``stop`` at the end.
    Only the newest count's answer reaches the model.
    """

    requested = Signal()  # a count started
    ready = Signal()  # the model holds the new summary
    failed = Signal(str)

    def __init__(
        self, window: QWidget, model: MatrixModel, path: Path, read_only: bool | None
    ) -> None:
        super().__init__(window)
        self._window, self._model = window, model
        self._generation = 0
        self._counted = 0  # generation of the summary shown
        self._stale = True
        self._worker = SummaryWorker(path, read_only, self)
        self._worker.ready.connect(self._ready)
        self._worker.failed.connect(self._failed)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(REFRESH_DELAY_MS)
        self._recount.timeout.connect(self.count_now)

    @property
    def counting(self) -> bool:
        """The newest count has not answered yet."""
        return self._counted != self._generation

    def count_later(self) -> None:
        """The data changed: count again once changes pause (a hidden window: once shown)."""
        self._stale = True
        if self._window.isVisible():
            self._recount.start()

    def count_now(self) -> None:
        if not self._window.isVisible():
            return
        self._stale = False
        self._generation += 1
        self._model.summary_requested()
        self._worker.request(self._generation)
        self.requested.emit()

    def shown(self) -> None:
        if self._stale and not self._recount.isActive():
            self.count_now()

    def hidden(self) -> None:
        """Closed means hidden: no thread is left running, and showing again recounts."""
        self._recount.stop()
        if self.counting:
            self._stale = True
        self._worker.stop()

    def stop(self) -> None:
        self._recount.stop()
        self._worker.stop()

    def _ready(self, generation: int, summary: EvidenceSummary) -> None:
        if generation != self._generation:
            return  # a newer count is under way
        self._counted = generation
        self._model.set_summary(summary)
        self.ready.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._counted = generation
            self.failed.emit(message)
