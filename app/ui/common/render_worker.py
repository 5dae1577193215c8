"""Building rich-text documents on a worker thread, so a long text never holds the window.

Qt's rich-text classes are reentrant: a QTextDocument made on another thread, not attached to
a widget, may be filled there and then handed to the GUI thread (``moveToThread``), where a
view only lays it out. One request runs at a time; while it runs, only the newest waiting
request is kept, and the result of a superseded request is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QFont, QTextDocument

if TYPE_CHECKING:  # QUrl's type is built when a link or resource first needs it
    from PySide6.QtCore import QUrl

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # thread-safe: called on the worker


def failed_html() -> str:
    """What stands in for a text whose rendering failed, in the window's language."""
    text = translate("RenderWorker", "This text could not be shown. The log file says why.")
    return f'<p style="color:#6b6b6b"><i>{escape(text)}</i></p>'


class InertDocument(QTextDocument):
    """A document that loads no resource: no image, style sheet or page, local or remote."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        return None


def blank_document(style: str, margin: float, font: QFont) -> InertDocument:
    document = InertDocument()
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(style)
    document.setDocumentMargin(margin)
    return document


class _Relay(QObject):
    """Lives on the GUI thread: a signal emitted on the worker arrives there queued."""

    finished = Signal(int, object)  # generation, InertDocument


class DocumentRenderer(QObject):
    """``render(build)`` calls ``build`` on a worker thread; ``ready`` delivers the document
    it made on the GUI thread."""

    ready = Signal(object)  # InertDocument, now owned by the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._generation = 0
        self._waiting: Callable[[], None] | None = None
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or self._waiting is not None

    def render(self, build: Callable[[], QTextDocument]) -> None:
        self._generation += 1
        generation = self._generation
        gui = self.thread()
        relay = self._relay

        def job() -> None:
            try:
                document = build()
            except Exception:  # shown as a sentence; the window must go on
                log.exception("Rendering a text failed")
                document = InertDocument()
                document.setHtml(failed_html())
            document.moveToThread(gui)
            relay.finished.emit(generation, document)

        self._waiting = lambda: self._pool.start(job)
        if not self._running:
            self._start_waiting()

    def cancel(self) -> None:
        """Drop the running and waiting requests: their results will not be delivered."""
        self._generation += 1
        self._waiting = None

    def wait(self) -> None:
        """Block until the worker is idle (closing the window, tests)."""
        self._pool.waitForDone()

    def _start_waiting(self) -> None:
        start, self._waiting = self._waiting, None
        if start is not None:
            self._running = True
            start()

    def _finished(self, generation: int, document: InertDocument) -> None:
        self._running = False
        if generation == self._generation:
            self.ready.emit(document)
        self._start_waiting()
