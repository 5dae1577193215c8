"""A text browser that is inert: it loads nothing and opens a link only when clicked.

Markdown written by people may point at remote images or local files; nothing of that is ever
fetched (``loadResource`` answers nothing), so rendering makes no network access and reads no
file. A clicked link opens in the system browser only for http, https and mailto; links of the
``practice:`` scheme navigate inside the application.

Long texts are built on a worker thread (``show_later``): the window goes on answering
while Qt parses them, and only lays out the finished document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.common.render_worker import DocumentRenderer, InertDocument

if TYPE_CHECKING:  # QUrl's type is built when a link or resource first needs it
    from PySide6.QtCore import QUrl

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
INTERNAL_SCHEME = "practice"


class SafeTextBrowser(QTextBrowser):
    internalLinkActivated = Signal(str)  # noqa: N815 - Qt signal naming  (the link's path)
    rendered = Signal()  # a document built on the worker thread is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: DocumentRenderer | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        # Replaceable so tests can record instead of launching a browser.
        self.open_external: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        return None  # no images, style sheets or pages: not from the network, not from disk

    @property
    def rendering(self) -> bool:
        """A document is being built on the worker thread, to be shown when done."""
        return self._renderer is not None and self._renderer.busy

    def show_html(self, html: str, style: str = "") -> None:
        """Show ``html`` now (it must be short); a render under way is dropped."""
        if self._renderer is not None:
            self._renderer.cancel()
        document = self.document()
        document.setDefaultStyleSheet(style)
        document.setHtml(html)

    def show_later(
        self, build: Callable[[float, QFont], QTextDocument], now: str | None, style: str = ""
    ) -> None:
        """Show the document ``build(margin, font)`` makes on the worker thread; meanwhile
        ``now`` (None: what is shown stays until then)."""
        margin, font = self.document().documentMargin(), QFont(self.font())  # copies, read here
        if now is not None:
            self.show_html(now, style)
        if self._renderer is None:
            self._renderer = DocumentRenderer(self)
            self._renderer.ready.connect(self._adopt)
        self._renderer.render(lambda: build(margin, font))

    def stop_rendering(self) -> None:
        """Drop what is being built and wait for the worker to be idle (closing)."""
        if self._renderer is not None:
            self._renderer.cancel()
            self._renderer.wait()

    def _adopt(self, document: InertDocument) -> None:
        old = self.document()
        ours = old.parent() is self  # an earlier worker's; Qt deletes its own on setDocument
        document.setParent(self)
        self.setDocument(document)
        if ours:
            old.deleteLater()
        self.rendered.emit()

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in EXTERNAL_SCHEMES:
            self.open_external(url)
        elif scheme == INTERNAL_SCHEME:
            self.internalLinkActivated.emit(url.path())
