"""Fuzz target: Markdown (and raw HTML) into the detail pane's renderer.

A bug is: an exception, output beyond the limits (``app.ui.common.markdown_limits``), an image left
in the document (each must become "[image not loaded: …]"), or any resource handed out by the
inert document or browser — rendering must never reach the network or the disk. The first
byte picks the path: the Markdown renderer (both the HTML and the worker's piecewise build),
or raw HTML straight into a ``SafeTextBrowser``, laid out and painted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

APPLICATION = QApplication.instance() or QApplication(["fuzz"])

from app.ui.common.markdown import build_page, markdown_html  # noqa: E402
from app.ui.common.markdown_limits import MAX_CHARS  # noqa: E402
from app.ui.common.safe_browser import SafeTextBrowser  # noqa: E402

MAX_HTML = 400 * MAX_CHARS  # Qt's HTML for the worst shape found: ~120 bytes a character
MAX_SHOWN = 4 * MAX_CHARS  # an image's three characters "![]()" say "[image not loaded]"
KINDS = (
    QTextDocument.ResourceType.ImageResource,
    QTextDocument.ResourceType.StyleSheetResource,
    QTextDocument.ResourceType.HtmlResource,
)
URLS = ("http://127.0.0.1:9/x.png", "https://example.org/a.css", "file:///etc/passwd", "x.png")


class _RecordingBrowser(SafeTextBrowser):
    """Counts what Qt asks to load while laying out and painting raw HTML."""

    asked = 0

    def loadResource(self, kind: int, url: object) -> object:  # noqa: N802
        self.asked += 1
        return super().loadResource(kind, url)  # type: ignore[arg-type]


BROWSER = _RecordingBrowser()
BROWSER.resize(400, 300)


def _images(document: QTextDocument) -> int:
    found = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                found += 1
            iterator += 1
        block = block.next()
    return found


def _markdown(text: str) -> None:
    html = markdown_html(text)
    if len(html) > MAX_HTML:
        raise AssertionError(f"{len(html):,} bytes of HTML from {len(text):,} characters")
    document = build_page(lambda render: render(text), 4.0, QFont())
    if document.characterCount() > MAX_SHOWN:
        raise AssertionError(f"{document.characterCount():,} characters shown")
    if _images(document):
        raise AssertionError("an image was left in the document: it would be loaded")
    for kind in KINDS:
        for url in URLS:
            if document.loadResource(kind, url) is not None:
                raise AssertionError(f"the document loaded {url}")


def _raw_html(text: str) -> None:
    BROWSER.asked = 0
    BROWSER.setHtml(text[:20_000])
    BROWSER.viewport().grab()  # lay out and paint: images would be asked for now
    for kind in KINDS:
        for url in URLS:
            if BROWSER.loadResource(kind, url) is not None:
                raise AssertionError(f"the browser loaded {url}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    text = data[1:].decode("utf-8", "replace")
    if data[0] % 4 == 0:
        _raw_html(text)
    else:
        _markdown(text)
    if "PySide6.QtNetwork" in sys.modules:
        raise AssertionError("Qt's network module was loaded")


def seeds() -> list[bytes]:
    texts = [
        "# Title\n\nSome *emphasis*, **strong**, `code` and a [link](https://example.org).",
        "- " * 300 + "x",
        "> " * 100 + "quote",
        "1. one\n   1. two\n      1. three\n" * 20,
        "|a|b|c|\n|-|:-:|--:|\n" + "|1|2|3|\n" * 150,
        "![remote](http://127.0.0.1:9/i.png) ![local](file:///etc/hosts) ![](x.png)",
        '<img src="http://127.0.0.1:9/raw.png"><iframe src="http://x/"></iframe><b>raw</b>',
        "```python\nprint('x')\n" + "line\n" * 120 + "```\n~~~\nunclosed",
        "word " * 8_000,
        "* * *\n- - -\n___\n" + "- [ ] task\n- [x] done\n" * 10,
        "  " * 50 + "- deep\n" + "".join("  " * i + "- x\n" for i in range(60)),
        "Setext\n======\n\nSub\n---\n\n    indented code\n\n\\- escaped\n\0 NUL \ud7ff \ufffd",
    ]
    html = [
        '<p><img src="http://127.0.0.1:9/a.png"/></p><link rel=stylesheet href="x.css">',
        '<table><tr><td background="http://x/b.png">cell</td></tr></table><style>@import "y";',
    ]
    return [b"\x01" + text.encode("utf-8", "surrogatepass") for text in texts] + [
        b"\x00" + text.encode() for text in html
    ]
