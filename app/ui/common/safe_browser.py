"""A text browser that is inert: it loads nothing and opens a link only when clicked.

Markdown written by people may point at remote images or local files; nothing of that is ever
fetched (``loadResource`` answers nothing), so rendering makes no network access and reads no
file. A clicked link opens in the system browser only for http, https and mailto; links of the
``practice:`` scheme navigate inside the application.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
INTERNAL_SCHEME = "practice"


class SafeTextBrowser(QTextBrowser):
    internalLinkActivated = Signal(str)  # noqa: N815 - Qt signal naming  (the link's path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        # Replaceable so tests can record instead of launching a browser.
        self.open_external: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        return None  # no images, style sheets or pages: not from the network, not from disk

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in EXTERNAL_SCHEMES:
            self.open_external(url)
        elif scheme == INTERNAL_SCHEME:
            self.internalLinkActivated.emit(url.path())
