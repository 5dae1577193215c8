"""Catching the search index up after a large import, in the background, a batch at a time.

Each batch is a short transaction, so notes saved meanwhile wait a moment at most; a crash
leaves the queue in the database and the next start resumes it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.services.search.catch_up import catch_up, has_pending

__all__ = ["IndexWorker", "has_pending"]
log = logging.getLogger(__name__)


class IndexWorker(QThread):
    progressed = Signal(int, int)  # (practices left, practices queued when it started)
    done = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexWorker")
        self.path = path
        self._stop = False

    def stop(self) -> None:
        self._stop = True
        self.wait()

    def run(self) -> None:
        try:
            catch_up(self.path, self._step)
        except sqlite3.Error as error:
            log.warning("search indexer stopped: %s", error)
        self.done.emit()

    def _step(self, remaining: int, total: int) -> bool:
        self.progressed.emit(remaining, total)
        return not self._stop
