"""Markdown and page helpers shared by the detail pane, the note preview and the printed
report: texts from Markdown, facts as HTML rows, empties in words.

Every value from the database is escaped before it becomes HTML. Markdown goes through Qt's
own parser and comes back as Qt's HTML, which drops raw HTML that people typed; images it
names are never loaded (``SafeTextBrowser.loadResource``). Unknown facts say so ("No
description yet") instead of disappearing. Markdown is first cut to sizes that render quickly
(``markdown_limits``), with a sentence saying what was left out; long texts are rendered on a
worker thread (``render_worker``), short ones at once (``renders_quickly``).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextBlock, QTextCursor, QTextDocument

from app.ui.common.markdown_limits import MAX_DEPTH, chunks, limit_markdown
from app.ui.common.page import STYLE, page
from app.ui.common.render_worker import InertDocument, blank_document
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

# Thread-safe: the worker thread words what it renders (an image left out) itself.
translate = QCoreApplication.translate

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
_IMAGE = re.compile(r'<img src="[^"]*" alt="([^"]*)"[^>]*/>')
_INDENT_PX = 40  # Qt's indent step for lists and quotes
QUICK_CHARS = 2_000  # Markdown rendered at once on the GUI thread; longer goes to the worker
QUICK_LINES = 40
PREPARING = QT_TRANSLATE_NOOP("Markdown", "Preparing this text…")  # translate("Markdown", …)


def renders_quickly(*texts: str) -> bool:
    """Short enough to render on the GUI thread at once, whatever its shape (< 10 ms)."""
    return sum(map(len, texts)) <= QUICK_CHARS and sum(t.count("\n") for t in texts) <= QUICK_LINES


def markdown_html(markdown: str) -> str:
    """Markdown → an HTML fragment, by Qt's parser (GitHub dialect), within the limits.

    Raw HTML is shown as the text it is (``MarkdownNoHTML``): passed through, an unsupported
    tag such as ``<iframe>`` makes Qt drop everything after it, and a note would silently lose
    lines. Images are never loaded, so each becomes a visible "[image not loaded: …]". Lists
    and quotes deeper than ``MAX_DEPTH`` are drawn at that depth; whatever the limits left out
    is said below the text. Safe on any thread: it uses only documents of its own.
    """
    return "".join(markdown_pieces(markdown))


def markdown_pieces(markdown: str) -> Iterator[str]:
    """``markdown_html`` piece by piece (``markdown_limits.chunks``), then the notes."""
    limited = limit_markdown(markdown)
    for piece in chunks(limited.text):
        yield _piece_html(piece)
    if limited.notes:  # one paragraph: pieces inserted one after another would run together
        lines = "<br/>".join(escape(note) for note in limited.notes)
        yield f'<p style="color:#6b6b6b"><i>{lines}</i></p>'


def _piece_html(markdown: str) -> str:
    scratch = QTextDocument()
    features = QTextDocument.MarkdownFeature
    scratch.setMarkdown(markdown, features.MarkdownDialectGitHub | features.MarkdownNoHTML)
    clamp_depth(scratch, MAX_DEPTH)
    match = _BODY.search(scratch.toHtml())
    return _IMAGE.sub(_image_placeholder, match.group(1) if match else "")


def build_page(
    compose: Callable[[Callable[[str], str]], str], margin: float, font: QFont
) -> InertDocument:
    """The page ``compose(render)`` makes, its Markdown texts added piece by piece.

    For the worker thread: each Qt call stays short (it holds Python's interpreter lock, and
    the window waits for it), so the page is laid down with a marker for each text, and each
    text's pieces are inserted at its marker one by one."""
    token = secrets.token_hex(8)  # a user's text cannot hold it by chance or by design
    texts: list[str] = []

    def mark(markdown: str) -> str:
        texts.append(markdown)
        return f"<p>{token}:{len(texts) - 1}:</p>"

    document = blank_document(STYLE, margin, font)
    document.setHtml(page(compose(mark)))
    for number, markdown in enumerate(texts):
        cursor = document.find(f"{token}:{number}:")
        cursor.removeSelectedText()
        for html in markdown_pieces(markdown):
            cursor.insertHtml(html)
    return document


def clamp_depth(document: QTextDocument, depth: int) -> None:
    """Lists and quotes nested deeper than ``depth`` drawn at ``depth``: each level costs Qt's
    HTML import time (quadratic) and moves the text 40 px to the right."""
    block: QTextBlock = document.begin()
    while block.isValid():
        text_list = block.textList()
        if text_list is not None and text_list.format().indent() > depth:
            list_format = text_list.format()
            list_format.setIndent(depth)
            text_list.setFormat(list_format)
        block_format = block.blockFormat()
        if block_format.indent() > depth or block_format.leftMargin() > depth * _INDENT_PX:
            block_format.setIndent(min(block_format.indent(), depth))
            block_format.setLeftMargin(min(block_format.leftMargin(), depth * _INDENT_PX))
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def preparing(_markdown: str) -> str:
    """Stands in for a long text while the worker renders it."""
    return f'<p class="empty">{escape(translate("Markdown", PREPARING))}</p>'


def _image_placeholder(match: re.Match[str]) -> str:
    alt = match.group(1).strip()
    label = (
        fill(escape(translate("Markdown", "image not loaded: %1")), alt)
        if alt
        else escape(translate("Markdown", "image not loaded"))
    )
    return f'<span style="color:#6b6b6b">[{label}]</span>'  # alt is already escaped by Qt


def markdown_section(
    heading: str,
    markdown: str,
    empty: str,
    *,
    level: int = 2,
    render: Callable[[str], str] = markdown_html,
) -> str:
    """A heading and Markdown rendered below it, or the words for "nothing yet"."""
    body = render(markdown) if markdown.strip() else empty_paragraph(empty)
    return f"<h{level}>{escape(heading)}</h{level}>{body}"


def empty_paragraph(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def fact_row(label: str, value: str, empty: str, *, html: bool = False) -> str:
    """A table row "label: value"; an empty value says ``empty``. ``html``: the value is
    HTML already escaped."""
    shown = value if html else escape(value)
    cell = f"<td>{shown}</td>" if value else f'<td class="empty">{escape(empty)}</td>'
    return f"<tr><th>{escape(label)}</th>{cell}</tr>"


__all__ = [
    "PREPARING",
    "STYLE",
    "build_page",
    "empty_paragraph",
    "fact_row",
    "markdown_html",
    "markdown_section",
    "page",
    "preparing",
    "renders_quickly",
]
