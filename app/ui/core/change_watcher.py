"""Noticing that another window or program changed the database (``PRAGMA data_version``)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.catalogue_reader import CatalogueReader

POLL_MS = 1000


class ChangeWatcher(QObject):
    changed = Signal()

    def __init__(self, reader: CatalogueReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _read(self) -> int | None:
        try:
            row = self.reader.connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0])

    def check(self) -> bool:
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True

    def stop(self) -> None:
        self._timer.stop()
