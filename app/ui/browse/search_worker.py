"""Runs filter queries off the GUI thread; the newest query always wins.

Each keystroke submits a query with a generation number. A query still running for an older
generation is interrupted (``sqlite3.Connection.interrupt`` is thread-safe), queued ones are
replaced, and the GUI drops any result whose generation is not the latest. The GUI thread
therefore never waits on SQLite while someone types.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app.services.search.searcher import Searcher, SearchInterrupted
from app.ui.common.newest_request import NewestRequest

_PREPARE = -1  # a generation no real query has


class SearchWorker(QThread):
    resultReady = Signal(int, object)  # noqa: N815 - Qt signal naming  (generation, SearchResult)
    failed = Signal(int, str)  # (generation, message)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchWorker")
        self._searcher = Searcher(path)
        self._requests: NewestRequest[tuple[int, str]] = NewestRequest()
        self._running: int | None = None  # guarded by the requests' lock

    def submit(self, generation: int, text: str) -> None:
        with self._requests.lock:
            self._requests.put((generation, text))
            if self._running is not None and self._running != generation:
                self._searcher.interrupt()

    def prepare(self) -> None:
        """Ask the worker to read the catalogue order now, so the first keystroke is quick."""
        self._requests.put((_PREPARE, ""), only_if_idle=True)

    def stop(self) -> None:
        with self._requests.lock:
            self._requests.stop()
            self._searcher.interrupt()
        self.wait()

    def run(self) -> None:
        try:
            while True:
                with self._requests.lock:
                    request = self._requests.take()
                    if request is None:
                        return
                    generation, text = request
                    self._running = generation
                self._search(generation, text)
        finally:
            self._searcher.close()

    def _search(self, generation: int, text: str) -> None:
        try:
            if generation == _PREPARE:
                self._searcher.prepare()
                return
            result = self._searcher.search(text)
        except SearchInterrupted:
            return
        except sqlite3.Error as error:
            self.failed.emit(generation, str(error))
            return
        finally:
            with self._requests.lock:
                self._running = None
        self.resultReady.emit(generation, result)
