"""Composing the detail pane's document: facts as HTML, texts from Markdown, empties in words.

Every value from the database is escaped before it becomes HTML. Markdown goes through Qt's
own parser and comes back as Qt's HTML, which drops raw HTML that people typed; images it
names are never loaded (``SafeTextBrowser.loadResource``). Unknown facts say so ("No
description yet") instead of disappearing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtGui import QTextDocument

from app.domain.enums import NoteStatus, ServiceType
from app.services.dto import CategoryDetail, PracticeDetail, RegionTests
from app.ui.common.safe_browser import INTERNAL_SCHEME

STYLE = """
h1 { font-size: x-large; font-weight: 600; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: medium; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
p.subtitle { font-size: large; margin-top: 0; margin-bottom: 10px; }
p.empty, td.empty { color: #6b6b6b; font-style: italic; }
th { text-align: left; font-weight: normal; color: #555555; padding-right: 14px; }
td.date { color: #555555; padding-left: 14px; }
p.hint { color: #6b6b6b; }
"""

_STATUS_ORDER = [status.value for status in NoteStatus]
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
_IMAGE = re.compile(r'<img src="[^"]*" alt="([^"]*)"[^>]*/>')


def markdown_html(markdown: str) -> str:
    """Markdown → an HTML fragment, by Qt's parser (GitHub dialect).

    Raw HTML is shown as the text it is (``MarkdownNoHTML``): passed through, an unsupported
    tag such as ``<iframe>`` makes Qt drop everything after it, and a note would silently lose
    lines. Images are never loaded, so each becomes a visible "[image not loaded: …]".
    """
    scratch = QTextDocument()
    features = QTextDocument.MarkdownFeature
    scratch.setMarkdown(markdown, features.MarkdownDialectGitHub | features.MarkdownNoHTML)
    match = _BODY.search(scratch.toHtml())
    html = match.group(1) if match else ""
    return _IMAGE.sub(_image_placeholder, html)


def _image_placeholder(match: re.Match[str]) -> str:
    alt = match.group(1).strip()
    label = f"image not loaded: {alt}" if alt else "image not loaded"
    return f'<span style="color:#6b6b6b">[{label}]</span>'  # alt is already escaped by Qt


def _set(document: QTextDocument, html: str) -> None:
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f"<html><body>{html}</body></html>")


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


def practice_html(detail: PracticeDetail) -> str:
    service = ServiceType(detail.service_type)
    facts = "".join(
        [
            fact_row("Category", detail.category_name, "No category"),
            fact_row(
                "Service type",
                "" if service is ServiceType.UNKNOWN else service.label.capitalize(),
                "Not known yet",
            ),
            fact_row(
                "Origin region",
                detail.origin_region.label if detail.origin_region else "",
                "Not recorded yet",
            ),
            fact_row("Source", detail.source, "No source recorded"),
            fact_row("Final catalogue", "Selected" if detail.selected else "Not selected", ""),
        ]
    )
    subtitle = detail.subtitle.strip()
    return (
        f"<h1>{escape(detail.title)}</h1>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<table cellspacing="0" cellpadding="2">{facts}</table>'
        + markdown_section("Summary", detail.summary, "No summary yet")
        + markdown_section("Description", detail.description, "No description yet")
        + "<h2>Field tests</h2>"
        + _tests_html(detail.tests)
    )


def _tests_html(tests: tuple[RegionTests, ...]) -> str:
    if not tests:
        return empty_paragraph("Not tested in any region yet")
    rows = []
    for test in tests:
        statuses = ", ".join(
            f"{test.statuses[status]} {NoteStatus(status).label}"
            for status in _STATUS_ORDER
            if status in test.statuses
        )
        latest = f"latest {test.latest.isoformat()}" if test.latest else ""
        rows.append(
            f"<tr><th>{escape(test.region.label)}</th><td>{escape(statuses)}</td>"
            f'<td class="date">{escape(latest)}</td></tr>'
        )
    return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def category_html(detail: CategoryDetail, total: int) -> str:
    plural = "s" if total != 1 else ""
    if detail.practices:
        items = "".join(
            f'<li><a href="{INTERNAL_SCHEME}:{row.id}">{escape(row.title)}</a>'
            + (f" — {escape(row.subtitle)}" if row.subtitle else "")
            + "</li>"
            for row in detail.practices
        )
        more = total - len(detail.practices)
        practices = f"<ul>{items}</ul>" + (
            f'<p class="hint">… and {more} more in the tree</p>' if more > 0 else ""
        )
    else:
        practices = empty_paragraph("No practices in this category yet")
    return (
        f"<h1>{escape(detail.name)}</h1>"
        f'<p class="subtitle">Service category · {total} practice{plural}</p>'
        + markdown_section("Description", detail.description, "No description yet")
        + "<h2>Practices</h2>"
        + practices
    )


def render_practice(document: QTextDocument, detail: PracticeDetail) -> None:
    _set(document, practice_html(detail))


def render_category(document: QTextDocument, detail: CategoryDetail, total: int) -> None:
    _set(document, category_html(detail, total))


def render_message(document: QTextDocument, title: str, hint: str) -> None:
    _set(
        document,
        f'<p class="hint" style="font-size: large">{escape(title)}</p>'
        f'<p class="hint">{escape(hint)}</p>',
    )
