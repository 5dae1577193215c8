"""Composing the detail pane's document: a practice's or a category's facts and texts, and
the pane's messages. Markdown goes through ``app.ui.common.markdown`` (bounded, inert)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.domain.enums import NoteStatus, ServiceType
from app.services.dto import CategoryDetail, PracticeDetail, RegionTests
from app.ui.common.markdown import empty_paragraph, fact_row, markdown_html, markdown_section
from app.ui.common.safe_browser import INTERNAL_SCHEME

_STATUS_ORDER = [status.value for status in NoteStatus]


def practice_html(detail: PracticeDetail, render: Callable[[str], str] = markdown_html) -> str:
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
        + markdown_section("Summary", detail.summary, "No summary yet", render=render)
        + markdown_section("Description", detail.description, "No description yet", render=render)
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


def category_html(
    detail: CategoryDetail, total: int, render: Callable[[str], str] = markdown_html
) -> str:
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
        + markdown_section("Description", detail.description, "No description yet", render=render)
        + "<h2>Practices</h2>"
        + practices
    )


def message_html(title: str, hint: str) -> str:
    return (
        f'<p class="hint" style="font-size: large">{escape(title)}</p>'
        f'<p class="hint">{escape(hint)}</p>'
    )
