"""The log file: rotating, private (0600 in a 0700 folder), since it may quote notes."""

from __future__ import annotations

import contextlib
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from app.whole_file import PRIVATE, private_folder

LOG_NAME = "practice-catalogue.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_handler(folder: Path) -> PrivateLog:
    """A handler writing to ``folder``'s log (the folder created 0700), not yet installed."""
    private_folder(folder)
    handler = PrivateLog(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def start_logging(folder: Path) -> Path:
    """Log to ``folder`` from now on; returns the log file's path."""
    handler = log_handler(folder)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return Path(handler.baseFilename)


class PrivateLog(RotatingFileHandler):
    """A rotating log whose files are created 0600 whatever the umask, and made 0600 if an
    older version left them readable by others (rotation renames, so modes carry over)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
