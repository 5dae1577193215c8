"""The log file: created 0600 (it may quote notes), rotated at a size with a few older files
kept, as ``logging.handlers.RotatingFileHandler`` does. Written on ``logging.FileHandler``
because ``logging.handlers`` brings sockets, pickle and queues (about 5 ms) onto the way to
the first paint for this one class."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from app.whole_file import PRIVATE


class PrivateLog(logging.FileHandler):
    """``path``, then ``path.1`` … ``path.<backups>`` (oldest last) once it passes
    ``max_bytes``; every file 0600 whatever the umask, and made 0600 if an older version
    left it readable by others (rotation renames, so modes carry over)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if not os.path.isfile(self.baseFilename):
            return False  # /dev/null or a pipe: nothing to rotate
        size = self.stream.seek(0, os.SEEK_END)
        return bool(size + len(self.format(record)) + 1 >= self.max_bytes)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            older = f"{base}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{index + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
