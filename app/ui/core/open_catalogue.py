"""The one open catalogue of a window: the reader, the write side and the change watcher.

The shell opens it once and hands it to every feature; nothing else opens the file for the
window (workers on other threads open their own connections, as SQLite requires).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.services.notes.reader import NotesReader
from app.services.store import CatalogueStore
from app.ui.core.change_watcher import ChangeWatcher

if TYPE_CHECKING:  # the write path is imported after the first paint, the matrix on use
    from app.services.matrix import MatrixReader
    from app.services.notes.service import NotesService


class WindowReader(NotesReader):
    """The queries the window asks on its GUI thread (catalogue, notes); the matrix's ask
    on the same connection (``OpenCatalogue.matrix_reader``)."""


class OpenCatalogue(QObject):
    """``reader`` answers on the GUI thread; ``store`` writes; ``changed`` fires when another
    window or program changed the file."""

    changed = Signal()

    def __init__(self, path: Path, *, read_only: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        self.reader = WindowReader(path)
        self.store = CatalogueStore(path)
        self._watcher = ChangeWatcher(self.reader, self)
        self._watcher.changed.connect(self.changed)
        self._closed = False
        self._matrix_reader: MatrixReader | None = None

    @property
    def matrix_reader(self) -> MatrixReader:
        """The matrix's queries on the window's connection; their code is imported when the
        matrix (or an export of it) first asks, not before the first paint."""
        if self._matrix_reader is None:
            from app.services.matrix import MatrixReader

            self._matrix_reader = MatrixReader.on_connection_of(self.reader)
        return self._matrix_reader

    @property
    def notes(self) -> NotesService:
        return self.store.notes

    def check_for_changes(self) -> bool:
        """Look for changes made elsewhere now (the watcher also looks every second)."""
        return self._watcher.check()

    def close(self) -> None:
        """Stop watching and let go of the file; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._watcher.stop()
        self.store.dispose()
        self.reader.close()
