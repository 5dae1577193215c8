"""The sync room's threads: counting what is not yet synced, and listening for other
laptops' syncs (then pulling quietly). Both stop in ``stop()``, which is safe to call twice
and returns only when the thread has ended (Qt aborts on a QThread still running)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

LISTEN_S = 1.0  # how long one wait lasts: the longest a stop waits for a quiet listener


class UnsyncedCounter(QThread):
    """Counts, off the GUI thread, the records changed here since the server had them (a
    scan of every practice and note: too slow for the GUI thread on a big file)."""

    counted = Signal(object)  # int, or None for a file that never synced

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncCounter")
        self._path = path
        self._wanted = threading.Event()
        self._stopping = False

    def request(self) -> None:
        """Count again soon (requests made meanwhile are one count)."""
        if self._stopping:
            return
        self._wanted.set()
        if not self.isRunning():
            self.start(QThread.Priority.LowPriority)

    def run(self) -> None:
        from app.domain.errors import DatabaseError
        from app.services.sync.unsynced import unsynced_count

        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                return
            try:
                count = unsynced_count(self._path)
            except (DatabaseError, OSError, sqlite3.Error):  # busy or gone: count next time
                continue
            if not self._stopping:
                self.counted.emit(count)

    def stop(self) -> None:
        self._stopping = True
        self._wanted.set()
        self.wait()


class ListenWorker(QThread):
    """While connected: waits for the server's notices, then runs a quiet sync (a pull, and
    a push of what was saved here meanwhile) on this thread. A lost connection ends it."""

    synced = Signal(object)  # SyncSummary of a quiet sync
    failed = Signal(object)  # ServerError: the listener has stopped if the connection broke

    def __init__(
        self, path: Path, url: str, password: str | None, lock: threading.Lock,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("syncListener")
        self._path, self._url, self._password, self._lock = path, url, password, lock
        self._stopping = threading.Event()
        self._listener: Any = None

    def serves(self, url: str, password: str | None) -> bool:
        return (url, password) == (self._url, self._password)

    def run(self) -> None:
        from app.services.sync.errors import ServerError
        from app.services.sync.listen import ChangeListener

        try:
            self._listener = ChangeListener(self._url, password=self._password)
            while not self._stopping.is_set():
                if self._listener.wait(LISTEN_S) and not self._stopping.is_set():
                    self._quiet_sync()
        except ServerError as error:
            if not self._stopping.is_set():
                self.failed.emit(error)
        finally:
            if self._listener is not None:
                self._listener.close()

    def _quiet_sync(self) -> None:
        from app.services.sync.engine import sync
        from app.services.sync.errors import ServerError, ServerUnreachableError
        from app.services.sync.summary import SyncCancelled

        try:
            with self._lock:  # never beside File → Sync on the same file
                summary = sync(
                    self._path, self._url, password=self._password,
                    progress=lambda _done, _total: not self._stopping.is_set(),
                )  # fmt: skip
        except SyncCancelled:
            return
        except ServerUnreachableError:
            raise  # the listener is offline too: stop
        except ServerError as error:
            self.failed.emit(error)
            return
        self.synced.emit(summary)

    def stop(self) -> None:
        self._stopping.set()
        self.wait()
