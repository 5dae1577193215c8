"""The write side of one open catalogue file, created on first use.

Creating it imports SQLAlchemy (about twice a bare window's start-up), so a window creates it
after its first paint (``warm_up`` imports it off the GUI thread). Everything that writes goes
through the one ``CatalogueStore`` of a window: notes, practice texts, regions, the final
selection and exports. Sessions stay inside it; callers get plain values back.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.engine import Sessions
    from app.services.dto import RegionInfo
    from app.services.matrix.selection import SelectionState
    from app.services.notes.service import NotesService
    from app.services.practices import PracticesService
    from app.services.progress import Progress
    from app.services.reports.selection import ReportSelection


def warm_up() -> threading.Thread:
    """Import the write path in the background; a later import finds it ready."""

    def load() -> None:
        import app.services.notes.saving
        import app.services.notes.service  # noqa: F401

    thread = threading.Thread(target=load, name="warm-up", daemon=True)
    thread.start()
    return thread


class CatalogueStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._sessions: Sessions | None = None

    @property
    def _write(self) -> Sessions:
        if self._sessions is None:
            from app.db.engine import Sessions

            self._sessions = Sessions(self.path)
        return self._sessions

    @property
    def notes(self) -> NotesService:
        from app.services.notes.service import NotesService

        return NotesService(self._write)

    @property
    def practices(self) -> PracticesService:
        from app.services.practices import PracticesService

        return PracticesService(self._write)

    def add_region(self, name: str, country: str, partner: str = "") -> RegionInfo:
        from app.services.regions import add_region

        return add_region(self._write, name, country, partner)

    def choose_selection(self, practice_id: str, selected: bool, seen: int) -> SelectionState:
        """Select a practice for the final catalogue (or not), seen at revision ``seen``."""
        from app.services.matrix.selection import choose

        return choose(self._write, practice_id, selected, seen)

    def export_exchange(
        self, out: IO[str], selection: ReportSelection | None, progress: Progress | None = None
    ) -> None:
        from app.services.exchange.export import write_export

        write_export(self._write, out, selection=selection, progress=progress)

    def dispose(self) -> None:
        if self._sessions is not None:
            self._sessions.dispose()
            self._sessions = None
