"""The write side of one window's database, created on first use.

Creating it imports SQLAlchemy (about twice a bare window's start-up), so the window does
that after it is shown (``warm_up``), off the GUI thread, and everything that writes goes
through the one ``Backend`` the window owns.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.engine import Sessions
    from app.services.notes import NotesService


def warm_up() -> threading.Thread:
    """Import the write path in the background; a later import finds it ready."""

    def load() -> None:
        import app.services.note_saving
        import app.services.notes  # noqa: F401

    thread = threading.Thread(target=load, name="warm-up", daemon=True)
    thread.start()
    return thread


class Backend:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._sessions: Sessions | None = None

    @property
    def sessions(self) -> Sessions:
        if self._sessions is None:
            from app.db.engine import Sessions

            self._sessions = Sessions(self.path)
        return self._sessions

    @property
    def notes(self) -> NotesService:
        from app.services.notes import NotesService

        return NotesService(self.sessions)

    def dispose(self) -> None:
        if self._sessions is not None:
            self._sessions.dispose()
            self._sessions = None
