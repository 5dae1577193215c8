"""Automatic backups: one at start when the file changed since the last backup, and one a day
while the window stays open. They run on a worker thread; the copy is consistent even while
notes are being saved (SQLite's backup API)."""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.services.backups import changed_since_last_backup, list_backups, rotate, take_backup
from app.ui.common.translation import fill

CHECK_EVERY_MS = 60 * 60 * 1000
DAILY = timedelta(hours=24)
log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # thread-safe: the worker words its own sentence


class BackupScheduler(QObject):
    finished = Signal(str)  # a sentence for the status bar

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._busy = threading.Lock()
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self._daily)

    def start(self) -> None:
        self._timer.start()
        self._run(translate("BackupScheduler", "Backed up at start to %1"), only_if_changed=True)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def _tell(self, text: str) -> None:
        if self._stopped:
            return  # the window is gone; the backup itself completed or left only a .partial
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
            self.finished.emit(text)

    def _daily(self) -> None:
        backups = list_backups(self.database)
        if not backups or datetime.now(UTC) - backups[0].taken_at >= DAILY:
            self._run(translate("BackupScheduler", "Daily backup taken: %1"), only_if_changed=True)

    def _run(self, done: str, *, only_if_changed: bool) -> None:
        """Back up on a worker thread; ``done``, filled with the copy's file name, goes to
        the status bar."""

        def work() -> None:
            if not self._busy.acquire(blocking=False):
                return
            try:
                if only_if_changed and not changed_since_last_backup(self.database):
                    return
                info = take_backup(self.database, "automatic")
                rotate(self.database)
                self._tell(fill(done, info.path.name))
            except Exception as error:  # a backup must never take the window down
                log.warning("automatic backup failed: %s", error)
                self._tell(fill(translate("BackupScheduler", "Automatic backup failed: %1"), error))
            finally:
                self._busy.release()

        threading.Thread(target=work, name="backup", daemon=True).start()
