"""One window per database file per user: a second start hands over to the first one.

A lock file decides who is first (a lock left by a crashed process is taken over). The first
instance watches a "knock" file beside it; a later start appends a line to that file and
exits, and the first instance brings its window to the front. QtCore only: QtNetwork's local
sockets would add a library to the standalone build for this one purpose.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal


def _base(database: Path) -> Path:
    key = f"{getpass.getuser()}:{database.resolve()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"practice-catalogue-{digest}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        base = _base(database)
        self.knock_file = base.with_suffix(".knock")
        self._lock = QLockFile(str(base.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # stale as soon as its process is gone
        self._watcher: QFileSystemWatcher | None = None
        self._seen = 0

    def claim(self) -> bool:
        """True: we are the first instance and now listen. False: the first one was told."""
        if self._lock.tryLock(0):
            self.knock_file.write_bytes(b"")
            self._seen = 0
            self._watcher = QFileSystemWatcher([str(self.knock_file)], self)
            self._watcher.fileChanged.connect(self._knocked)
            return True
        try:
            with self.knock_file.open("ab") as handle:
                handle.write(f"{os.getpid()}\n".encode())
        except OSError:
            return True  # cannot reach the first instance: better two windows than none
        return False

    def _knocked(self, _path: str) -> None:
        try:
            size = self.knock_file.stat().st_size
        except OSError:
            return
        if self._watcher is not None and str(self.knock_file) not in self._watcher.files():
            self._watcher.addPath(str(self.knock_file))  # re-arm after replace-style writes
        if size > self._seen:
            self._seen = size
            self.activated.emit()

    def release(self) -> None:
        self._watcher = None
        self.knock_file.unlink(missing_ok=True)
        self._lock.unlock()
