"""The start's log records, held in memory until the log file opens, after the first paint
when the person pauses (one of the window's ``when_idle`` tasks).

Opening the file means the user folders' lookup and the rotating handler's module (with
``socket``, ``pickle`` and ``queue``): 5-8 ms of a start that a bare window finishes in
120 ms, or of the first keystroke typed right after it. Nothing is lost by waiting: an error
opens the file at once, and so does the process ending first (a file that could not be
opened, a second instance, a window closed at once).
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from pathlib import Path


class HeldStartLog(logging.Handler):
    """Installed on the root logger by ``hold``; ``open_file`` writes what it held to the
    log file and hands over to the file's handler (idempotent)."""

    def __init__(self, folder: Callable[[], Path]) -> None:
        super().__init__(logging.INFO)
        self._folder = folder
        self._held: list[logging.LogRecord] = []
        self.path: Path | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self._held.append(record)
        if record.levelno >= logging.ERROR:
            self.open_file()

    def open_file(self) -> Path:
        if self.path is None:
            from app.ui.shell.log_file import log_handler

            root = logging.getLogger()
            root.removeHandler(self)
            atexit.unregister(self.open_file)
            handler = log_handler(self._folder())
            root.addHandler(handler)
            for record in self._held:  # into the file only: other handlers had them already
                handler.handle(record)
            self._held.clear()
            self.path = Path(handler.baseFilename)
        return self.path


def hold(folder: Callable[[], Path]) -> HeldStartLog:
    """Log from now on; the file in ``folder()`` opens on ``open_file`` (or an error, or exit)."""
    held = HeldStartLog(folder)
    root = logging.getLogger()
    root.addHandler(held)
    root.setLevel(logging.INFO)
    atexit.register(held.open_file)
    return held
