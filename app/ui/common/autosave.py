"""When to save what a person types: about a second after typing pauses, and at the latest
1.5 s after the first unsaved keystroke while someone types on, so a crash loses at most that.
A failed save is retried every few seconds. Used by the note and the practice editors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

PAUSE_MS = 1000
MAX_UNSAVED_MS = 1500
RETRY_MS = 5000


class Autosaver(QObject):
    def __init__(self, save: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.dirty = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.save_now)
        self._unsaved_since = QElapsedTimer()

    def edited(self) -> None:
        """Something was typed: save soon, or now if unsaved typing has gone on too long."""
        self.dirty = True
        if not self._unsaved_since.isValid():
            self._unsaved_since.start()
        if self._unsaved_since.elapsed() >= MAX_UNSAVED_MS:
            self.save_now()
        else:
            self._pause.start(PAUSE_MS)

    def save_now(self) -> object:
        self.stop()
        return self._save()

    def saved(self) -> None:
        """The save succeeded (or the text is kept elsewhere): nothing is pending."""
        self.dirty = False

    def failed(self) -> None:
        """The save failed: keep the text, try again later."""
        self._retry.start(RETRY_MS)

    def reset(self, *, dirty: bool = False) -> None:
        self.stop()
        self.dirty = dirty

    def stop(self) -> None:
        self._pause.stop()
        self._retry.stop()
        self._unsaved_since.invalidate()
