"""Composing the detail pane's document: a practice's or a category's facts and texts, and
the pane's messages. Markdown goes through ``app.ui.common.markdown`` (bounded, inert).

The words are translated here; the catalogue's own content (titles, names, regions) is not.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from app.domain.enums import NoteStatus, ServiceType
from app.services.details import CategoryDetail, PracticeDetail, RegionTests
from app.ui.common.locale_format import date_text
from app.ui.common.markdown import empty_paragraph, fact_row, markdown_html, markdown_section
from app.ui.common.safe_browser import INTERNAL_SCHEME
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

# The service types as the page and the editor name them (capitalised, as a value).
SERVICE_TYPES = {
    ServiceType.OPEN_COLLECTIVE: QT_TRANSLATE_NOOP("ServiceType", "Open collective"),
    ServiceType.CLOSED_COLLECTIVE: QT_TRANSLATE_NOOP("ServiceType", "Closed collective"),
    ServiceType.PARTNERSHIP: QT_TRANSLATE_NOOP("ServiceType", "Partnership"),
    ServiceType.INDIVIDUAL: QT_TRANSLATE_NOOP("ServiceType", "Individual"),
    ServiceType.UNKNOWN: QT_TRANSLATE_NOOP("ServiceType", "Not known yet"),
}


def service_type_text(service: ServiceType) -> str:
    return translate("ServiceType", SERVICE_TYPES[service])


def _status_count(status: NoteStatus, count: int) -> str:
    """ "2 completed": one text per status, so each language can agree the word with the count."""
    if status is NoteStatus.PLANNED:
        return translate("PracticeDocument", "%Ln planned", "test notes", count)
    if status is NoteStatus.IN_PROGRESS:
        return translate("PracticeDocument", "%Ln in progress", "test notes", count)
    if status is NoteStatus.COMPLETED:
        return translate("PracticeDocument", "%Ln completed", "test notes", count)
    return translate("PracticeDocument", "%Ln dropped", "test notes", count)


def practice_html(detail: PracticeDetail, render: Callable[[str], str] = markdown_html) -> str:
    service = ServiceType(detail.service_type)
    facts = "".join(
        [
            fact_row(
                translate("PracticeDocument", "Category"),
                detail.category_name,
                translate("PracticeDocument", "No category"),
            ),
            fact_row(
                translate("PracticeDocument", "Service type"),
                "" if service is ServiceType.UNKNOWN else service_type_text(service),
                translate("PracticeDocument", "Not known yet"),
            ),
            fact_row(
                translate("PracticeDocument", "Origin region"),
                detail.origin_region.label if detail.origin_region else "",
                translate("PracticeDocument", "Not recorded yet"),
            ),
            fact_row(
                translate("PracticeDocument", "Source"),
                detail.source,
                translate("PracticeDocument", "No source recorded"),
            ),
            fact_row(
                translate("PracticeDocument", "Final catalogue"),
                translate("PracticeDocument", "Selected")
                if detail.selected
                else translate("PracticeDocument", "Not selected"),
                "",
            ),
        ]
    )
    subtitle = detail.subtitle.strip()
    return (
        f"<h1>{escape(detail.title)}</h1>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<table cellspacing="0" cellpadding="2">{facts}</table>'
        + markdown_section(
            translate("PracticeDocument", "Summary"),
            detail.summary,
            translate("PracticeDocument", "No summary yet"),
            render=render,
        )
        + markdown_section(
            translate("PracticeDocument", "Description"),
            detail.description,
            translate("PracticeDocument", "No description yet"),
            render=render,
        )
        + _heading(translate("PracticeDocument", "Field tests"))
        + _tests_html(detail.tests)
    )


def _tests_html(tests: tuple[RegionTests, ...]) -> str:
    if not tests:
        return empty_paragraph(translate("PracticeDocument", "Not tested in any region yet"))
    rows = []
    for test in tests:
        statuses = ", ".join(
            _status_count(status, test.statuses[status.value])
            for status in NoteStatus
            if status.value in test.statuses
        )
        latest = (
            fill(translate("PracticeDocument", "latest %1"), date_text(test.latest))
            if test.latest
            else ""
        )
        rows.append(
            f"<tr><th>{escape(test.region.label)}</th><td>{escape(statuses)}</td>"
            f'<td class="date">{escape(latest)}</td></tr>'
        )
    return f'<table cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def category_html(
    detail: CategoryDetail, total: int, render: Callable[[str], str] = markdown_html
) -> str:
    if detail.practices:
        items = "".join(
            f'<li><a href="{INTERNAL_SCHEME}:{row.id}">{escape(row.title)}</a>'
            + (f" — {escape(row.subtitle)}" if row.subtitle else "")
            + "</li>"
            for row in detail.practices
        )
        more = total - len(detail.practices)
        hint = translate("PracticeDocument", "… and %Ln more in the tree", None, more)
        practices = f"<ul>{items}</ul>" + (
            f'<p class="hint">{escape(hint)}</p>' if more > 0 else ""
        )
    else:
        practices = empty_paragraph(
            translate("PracticeDocument", "No practices in this category yet")
        )
    subtitle = translate("PracticeDocument", "Service category · %Ln practice(s)", None, total)
    return (
        f"<h1>{escape(detail.name)}</h1>"
        f'<p class="subtitle">{escape(subtitle)}</p>'
        + markdown_section(
            translate("PracticeDocument", "Description"),
            detail.description,
            translate("PracticeDocument", "No description yet"),
            render=render,
        )
        + _heading(translate("PracticeDocument", "Practices"))
        + practices
    )


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"
