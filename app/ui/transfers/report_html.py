"""The printed report's HTML: a title block, category and practice headings, facts, texts,
evidence (final catalogue only) and notes, with every empty field said in words, as the detail
pane does.

Every value from the database is escaped; Markdown goes through ``markdown_html`` (Qt's
parser, raw HTML shown as text, images replaced by a visible "[image not loaded: …]"), and
its headings become paragraphs smaller than the report's own headings, so a "# Heading" in
a note cannot look like a new practice.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from app.services.reports.catalogue_report import (
    ReportCategory,
    ReportEvidence,
    ReportNote,
    ReportOverview,
    ReportPractice,
)
from app.ui.common.markdown import empty_paragraph, fact_row, markdown_html, markdown_section

STYLE = """
h1 { font-size: 17pt; font-weight: 600; color: #1f3a5f; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; color: #1f3a5f; margin-top: 22px; margin-bottom: 2px; }
h3 { font-size: 11pt; font-weight: 600; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }
p.md1 { font-size: 10pt; font-weight: 600; margin-top: 10px; margin-bottom: 3px; }
p.md2 { font-size: 10pt; font-weight: 600; font-style: italic;
        margin-top: 8px; margin-bottom: 2px; }
p.md3 { font-size: 10pt; font-style: italic; text-decoration: underline;
        margin-top: 6px; margin-bottom: 2px; }
p.report-title { font-size: 22pt; font-weight: 600; margin-top: 0; margin-bottom: 6px; }
p.scope { font-size: 12pt; margin-top: 0; margin-bottom: 2px; }
p.meta { color: #555555; margin-top: 2px; margin-bottom: 0; }
p.subtitle { font-size: 11pt; color: #444444; margin-top: 0; margin-bottom: 6px; }
p.empty, td.empty, span.empty { color: #6b6b6b; font-style: italic; }
p.note { background-color: #e9eef4; font-weight: 600; margin-top: 12px; margin-bottom: 3px; }
th { text-align: left; font-weight: normal; color: #555555; padding-right: 12px; }
"""

SCORES = (
    ("score_cluster_initiatives", "cluster initiatives"),
    ("score_development_agencies", "development agencies"),
    ("score_enterprises", "enterprises"),
)

_HEADING = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.DOTALL)
_STYLE_ATTRIBUTE = re.compile(r'style="([^"]*)"')
_FONT_SIZE = re.compile(r"\s*font-size:[^;\"]*;?")


def title_html(title: str, overview: ReportOverview, generated: date) -> str:
    """The block at the top of the first page: title, scope, date and totals."""
    practices = _count(overview.practice_count, "practice")
    notes = _count(overview.note_count, "note")
    return (
        f'<p class="report-title">{escape(title)}</p>'
        + "".join(f'<p class="scope">{escape(line)}</p>' for line in overview.scope)
        + f'<p class="meta">Generated {generated.isoformat()} · {practices} · {notes}</p>'
        + "<hr/>"
    )


def empty_report_html(overview: ReportOverview) -> str:
    """What the report says when the selection holds no practice at all."""
    if overview.notes_filtered:
        return empty_paragraph("No practice has notes in this selection")
    if overview.selected_only:
        return empty_paragraph("No practice is selected for the final catalogue") + empty_paragraph(
            "Mark practices for the final catalogue first: the box in the detail pane or in"
            " View → Field-Test Matrix."
        )
    return empty_paragraph("No practices in this selection")


def category_html(category: ReportCategory, *, continued: bool = False) -> str:
    """A category's heading, its size and its description."""
    if continued:
        return f"<h1>{escape(category.name)} (continued)</h1>"
    practices = _count(category.practice_count, "practice")
    body = (
        _markdown(category.description)
        if category.description.strip()
        else empty_paragraph("No description yet")
    )
    listing = (
        "" if category.practice_count else empty_paragraph("No practices in this category yet")
    )
    return (
        f"<h1>{escape(category.name)}</h1>"
        f'<p class="subtitle">Service category · {practices}</p>{body}{listing}'
    )


def practice_html(practice: ReportPractice, *, notes_filtered: bool) -> str:
    """A practice: heading, facts, summary, description, its evidence (final catalogue only),
    then its notes."""
    facts = "".join(
        [
            fact_row("Service type", practice.service_type.capitalize(), "Not known yet"),
            fact_row("Origin region", practice.origin_region, "Not recorded yet"),
            fact_row("Source", practice.source, "No source recorded"),
            fact_row("Final catalogue", "Selected" if practice.selected else "Not selected", ""),
        ]
    )
    subtitle = practice.subtitle.strip()
    if practice.notes:
        notes = "".join(note_html(note) for note in practice.notes)
    elif notes_filtered:
        notes = empty_paragraph("No notes in this selection")
    else:
        notes = empty_paragraph("Not tested in any region yet")
    return (
        f"<h2>{escape(practice.title)}</h2>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<table cellspacing="0" cellpadding="1">{facts}</table>'
        + _section("Summary", practice.summary, "No summary yet")
        + _section("Description", practice.description, "No description yet")
        + ("" if practice.evidence is None else evidence_html(practice.evidence))
        + f"<h3>Field-test notes ({len(practice.notes)})</h3>"
        + notes
    )


def evidence_html(evidence: ReportEvidence) -> str:
    """The evidence block: regions tested, completed tests, score means (with the number of
    notes each rests on) and the latest outcome lines."""
    completed = (
        f"{evidence.completed} of {_count(evidence.notes, 'note')}" if evidence.notes else ""
    )
    scored = any(score.mean is not None for score in evidence.scores)
    scores = "<br/>".join(
        _score_line(score.label, score.mean, score.count) for score in evidence.scores
    )
    outcomes = "<br/>".join(
        escape(f"{line.date.isoformat()} · {line.region} · {line.status}: {line.outcome}")
        for line in evidence.latest
    )
    rows = "".join(
        [
            fact_row("Regions tested", ", ".join(evidence.regions), "Not tested in any region yet"),
            fact_row("Completed tests", completed, "No notes yet"),
            fact_row("Added value", scores if scored else "", "Not scored", html=True),
            fact_row("Latest outcomes", outcomes, "No outcome recorded yet", html=True),
        ]
    )
    return f'<h3>Evidence</h3><table cellspacing="0" cellpadding="1">{rows}</table>'


def _score_line(label: str, mean: float | None, count: int) -> str:
    """ "Enterprises: 4.2 (5 notes)", or "Enterprises: not scored" (as HTML)."""
    name = escape(label.capitalize())
    if mean is None:
        return f'{name}: <span class="empty">not scored</span>'
    return f"{name}: {mean:.1f} ({_count(count, 'note')})"


def note_html(note: ReportNote) -> str:
    """One note: a shaded line (region · date · status), its facts, then its text."""
    head = f"{note.region} · {note.date.isoformat()} · {note.status}"
    facts = "".join(
        [
            fact_row("Author", note.author, "No author recorded"),
            fact_row("Outcome", note.outcome, "No outcome recorded"),
            fact_row("Added value", scores_text(note), "Not scored"),
        ]
    )
    body = _markdown(note.body) if note.body.strip() else empty_paragraph("No text")
    return (
        f'<p class="note">{escape(head)}</p>'
        f'<table cellspacing="0" cellpadding="1">{facts}</table>{body}'
    )


def scores_text(note: ReportNote) -> str:
    """ "cluster initiatives 4/5 · enterprises 2/5", or "" when nothing is scored."""
    parts = []
    for field, label in SCORES:
        value = getattr(note, field)
        if value is not None:
            parts.append(f"{label} {value}/5")
    return " · ".join(parts)


def demote_headings(html: str) -> str:
    """Headings from Markdown as paragraphs below the report's own headings: level 1 →
    ``p.md1``, 2 → ``p.md2``, deeper → ``p.md3``, without the sizes and margins Qt wrote.

    (Qt's ``<h4>``–``<h6>`` carry a size adjustment that a style sheet cannot undo: an
    ``<h5>`` prints smaller than the text around it.)
    """

    def demote(match: re.Match[str]) -> str:
        level = min(int(match.group(1)), 3)
        inner = _STYLE_ATTRIBUTE.sub(_no_font_size, match.group(2))
        return f'<p class="md{level}">{inner}</p>'

    return _HEADING.sub(demote, html)


def _no_font_size(match: re.Match[str]) -> str:
    return f'style="{_FONT_SIZE.sub("", match.group(1))}"'


def _markdown(markdown: str) -> str:
    return demote_headings(markdown_html(markdown))


def _section(heading: str, markdown: str, empty: str) -> str:
    return markdown_section(heading, markdown, empty, level=3, render=_markdown)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
