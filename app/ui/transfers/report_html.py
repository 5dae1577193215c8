"""The printed report's HTML: a title block, category and practice headings, facts, texts,
evidence (final catalogue only) and notes, with every empty field said in words, as the detail
pane does. Every word comes from a ``ReportWords`` (English by default; translated by
``report_words``).

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
from app.services.reports.words import ENGLISH, ReportWords, place
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

SCORE_COLUMNS = ("score_cluster_initiatives", "score_development_agencies", "score_enterprises")

_HEADING = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.DOTALL)
_STYLE_ATTRIBUTE = re.compile(r'style="([^"]*)"')
_FONT_SIZE = re.compile(r"\s*font-size:[^;\"]*;?")


def title_html(
    title: str, overview: ReportOverview, generated: date, words: ReportWords = ENGLISH
) -> str:
    """The block at the top of the first page: title, scope, date and totals."""
    meta = " · ".join(
        [
            place(words.generated, words.date(generated)),
            words.practices(overview.practice_count),
            words.notes(overview.note_count),
        ]
    )
    return (
        f'<p class="report-title">{escape(title)}</p>'
        + "".join(f'<p class="scope">{escape(line)}</p>' for line in overview.scope)
        + f'<p class="meta">{escape(meta)}</p>'
        + "<hr/>"
    )


def empty_report_html(overview: ReportOverview, words: ReportWords = ENGLISH) -> str:
    """What the report says when the selection holds no practice at all."""
    if overview.notes_filtered:
        return empty_paragraph(words.no_practice_with_notes)
    if overview.selected_only:
        return empty_paragraph(words.none_selected) + empty_paragraph(words.how_to_select)
    return empty_paragraph(words.no_practices)


def category_html(
    category: ReportCategory, *, continued: bool = False, words: ReportWords = ENGLISH
) -> str:
    """A category's heading, its size and its description."""
    if continued:
        return f"<h1>{escape(place(words.continued, category.name))}</h1>"
    practices = words.practices(category.practice_count)
    body = (
        _markdown(category.description)
        if category.description.strip()
        else empty_paragraph(words.no_description)
    )
    listing = "" if category.practice_count else empty_paragraph(words.empty_category)
    return (
        f"<h1>{escape(category.name)}</h1>"
        f'<p class="subtitle">{escape(words.service_category)} · {escape(practices)}</p>'
        f"{body}{listing}"
    )


def practice_html(
    practice: ReportPractice, *, notes_filtered: bool, words: ReportWords = ENGLISH
) -> str:
    """A practice: heading, facts, summary, description, its evidence (final catalogue only),
    then its notes."""
    w = words
    facts = "".join(
        [
            fact_row(w.service_type_label, _capitalized(practice.service_type), w.not_known),
            fact_row(w.origin_region, practice.origin_region, w.not_recorded),
            fact_row(w.source, practice.source, w.no_source),
            fact_row(w.final_catalogue, w.selected if practice.selected else w.not_selected, ""),
        ]
    )
    subtitle = practice.subtitle.strip()
    if practice.notes:
        notes = "".join(note_html(note, w) for note in practice.notes)
    elif notes_filtered:
        notes = empty_paragraph(w.no_notes_selected)
    else:
        notes = empty_paragraph(w.not_tested)
    return (
        f"<h2>{escape(practice.title)}</h2>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<table cellspacing="0" cellpadding="1">{facts}</table>'
        + _section(w.summary, practice.summary, w.no_summary)
        + _section(w.description, practice.description, w.no_description)
        + ("" if practice.evidence is None else evidence_html(practice.evidence, w))
        + f"<h3>{escape(place(w.field_test_notes, len(practice.notes)))}</h3>"
        + notes
    )


def evidence_html(evidence: ReportEvidence, words: ReportWords = ENGLISH) -> str:
    """The evidence block: regions tested, completed tests, score means (with the number of
    notes each rests on) and the latest outcomes."""
    w = words
    completed = (
        place(w.completed_of, evidence.completed, w.notes(evidence.notes)) if evidence.notes else ""
    )
    scored = any(score.mean is not None for score in evidence.scores)
    scores = "<br/>".join(
        _score_line(score.label, score.mean, score.count, w) for score in evidence.scores
    )
    outcomes = "<br/>".join(
        escape(f"{w.short_date(line.date)} · {line.region} · {line.status}: {line.outcome}")
        for line in evidence.latest
    )
    rows = "".join(
        [
            fact_row(w.regions_tested, ", ".join(evidence.regions), w.not_tested),
            fact_row(w.completed_tests, completed, w.no_notes),
            fact_row(w.added_value, scores if scored else "", w.not_scored, html=True),
            fact_row(w.latest_outcomes, outcomes, w.no_outcome_yet, html=True),
        ]
    )
    return f'<h3>{escape(w.evidence)}</h3><table cellspacing="0" cellpadding="1">{rows}</table>'


def _score_line(label: str, mean: float | None, count: int, words: ReportWords) -> str:
    """ "Enterprises: 4.2 (5 notes)", or "Enterprises: not scored" (as HTML)."""
    name = _capitalized(label)
    if mean is None:
        return f'<span class="empty">{escape(place(words.score_not_scored, name))}</span>'
    return escape(place(words.score_mean, name, words.decimal(mean), words.notes(count)))


def note_html(note: ReportNote, words: ReportWords = ENGLISH) -> str:
    """One note: a shaded line (region · date · status), its facts, then its text."""
    w = words
    head = f"{note.region} · {w.short_date(note.date)} · {note.status}"
    facts = "".join(
        [
            fact_row(w.author, note.author, w.no_author),
            fact_row(w.outcome, note.outcome, w.no_outcome),
            fact_row(w.added_value, scores_text(note, w), w.not_scored),
        ]
    )
    body = _markdown(note.body) if note.body.strip() else empty_paragraph(w.no_text)
    return (
        f'<p class="note">{escape(head)}</p>'
        f'<table cellspacing="0" cellpadding="1">{facts}</table>{body}'
    )


def scores_text(note: ReportNote, words: ReportWords = ENGLISH) -> str:
    """ "cluster initiatives 4/5 · enterprises 2/5", or "" when nothing is scored."""
    parts = []
    for field in SCORE_COLUMNS:
        value = getattr(note, field)
        if value is not None:
            parts.append(place(words.score_of_five, words.score(field), value))
    return " · ".join(parts)


def _capitalized(text: str) -> str:
    """The first letter upper case, the rest as written (``capitalize`` would lower "EU")."""
    return text[:1].upper() + text[1:]


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
