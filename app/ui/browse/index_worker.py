"""Catching the search index up after a large import, in the background, a batch at a time.

Each batch is a short transaction, so notes saved meanwhile wait a moment at most; a crash
leaves the queue in the database and the next start resumes it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.db.connect import connect
from app.db.search_index import index_pending, pending_count

BATCH = 500
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
            connection = connect(self.path)
        except sqlite3.Error as error:
            log.warning("search indexer cannot open the database: %s", error)
            return
        try:
            total = remaining = pending_count(connection)
            while remaining and not self._stop:
                remaining = index_pending(connection, BATCH)
                self.progressed.emit(remaining, total)
        except sqlite3.Error as error:
            log.warning("search indexer stopped: %s", error)
        finally:
            connection.close()
        self.done.emit()


def has_pending(path: Path) -> bool:
    try:
        connection = connect(path)
    except sqlite3.Error:
        return False
    try:
        return pending_count(connection) > 0
    except sqlite3.Error:
        return False
    finally:
        connection.close()
