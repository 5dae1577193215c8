"""The words a report prints: column headers, headings, labels, status words, counts, dates.

English by default, so every caller that names no language writes what it always wrote. The
window and ``export --lang CODE`` hand in translated words (``app.ui.transfers.report_words``
builds them from the ``.qm`` catalogues; this module stays Qt-free). The exchange format is
never translated, and the CSV and XLSX keep dates as dates (ISO in CSV, real dates in XLSX):
only what a person reads as words changes.

Texts with places hold ``%1``, ``%2`` (filled by ``place``), so a translation may reorder them.
Counts with a noun are functions (``notes(3)`` → "3 notes"): languages have other plural rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

DateText = Callable[[date], str]
CountText = Callable[[int], str]
DecimalText = Callable[[float], str]

# The CSV and XLSX columns, in order (English; ``ReportWords.headers`` may translate them).
HEADERS = (
    "Practice",
    "Category",
    "Region",
    "Country",
    "Date",
    "Status",
    "Author",
    "Outcome",
    "Score: cluster initiatives",
    "Score: development agencies",
    "Score: enterprises",
    "Text",
)

_PLACE = re.compile(r"%([1-9])")


def place(text: str, *values: object) -> str:
    """``text`` with ``%1`` … ``%9`` replaced by ``values`` in one pass (a value holding
    ``%2`` stays as it is), as ``app.ui.common.translation.fill`` does."""
    return _PLACE.sub(
        lambda match: str(values[int(match[1]) - 1]) if int(match[1]) <= len(values) else match[0],
        text,
    )


def iso_date(value: date) -> str:
    return value.isoformat()


def one_decimal(value: float) -> str:
    return f"{value:.1f}"


def english_practices(count: int) -> str:
    return f"{count:,} practice{'' if count == 1 else 's'}"


def english_notes(count: int) -> str:
    return f"{count:,} note{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class ReportWords:
    """Every word the CSV, XLSX and PDF reports print; the defaults are the English source."""

    # Tables (CSV, XLSX)
    headers: tuple[str, ...] = HEADERS
    sheet_title: str = "Notes"
    # Closed vocabularies, as the reports print them
    planned: str = "planned"
    in_progress: str = "in progress"
    completed: str = "completed"
    dropped: str = "dropped"
    open_collective: str = "open collective"
    closed_collective: str = "closed collective"
    partnership: str = "partnership"
    individual: str = "individual"
    cluster_initiatives: str = "cluster initiatives"
    development_agencies: str = "development agencies"
    enterprises: str = "enterprises"
    # What a report covers (its first lines and every page's header)
    whole_catalogue: str = "Whole catalogue"
    selected_scope: str = "Practices selected for the final catalogue"
    category_scope: str = "Category: %1"
    practice_scope: str = "Practice: %1"
    region_scope: str = "Notes from %1"
    period: str = "Notes dated %1 to %2"
    period_since: str = "Notes dated %1 or later"
    period_until: str = "Notes dated %1 or earlier"
    # The PDF: title block and page bands
    title: str = "Good Practices Catalogue"
    final_title: str = "Final catalogue"
    generated: str = "Generated %1"
    page: str = "Page %1 of %2"
    practices: CountText = english_practices
    notes: CountText = english_notes
    # The PDF: when there is nothing to print
    no_practice_with_notes: str = "No practice has notes in this selection"
    none_selected: str = "No practice is selected for the final catalogue"
    how_to_select: str = (
        "Mark practices for the final catalogue first: the box in the detail pane or in"
        " View → Field-Test Matrix."
    )
    no_practices: str = "No practices in this selection"
    # The PDF: categories
    continued: str = "%1 (continued)"
    service_category: str = "Service category"
    no_description: str = "No description yet"
    empty_category: str = "No practices in this category yet"
    # The PDF: practices
    service_type_label: str = "Service type"
    not_known: str = "Not known yet"
    origin_region: str = "Origin region"
    not_recorded: str = "Not recorded yet"
    source: str = "Source"
    no_source: str = "No source recorded"
    final_catalogue: str = "Final catalogue"
    selected: str = "Selected"
    not_selected: str = "Not selected"
    summary: str = "Summary"
    no_summary: str = "No summary yet"
    description: str = "Description"
    field_test_notes: str = "Field-test notes (%1)"
    no_notes_selected: str = "No notes in this selection"
    not_tested: str = "Not tested in any region yet"
    # The PDF: evidence (final catalogue)
    evidence: str = "Evidence"
    regions_tested: str = "Regions tested"
    completed_tests: str = "Completed tests"
    completed_of: str = "%1 of %2"
    no_notes: str = "No notes yet"
    added_value: str = "Added value"
    not_scored: str = "Not scored"
    score_mean: str = "%1: %2 (%3)"
    score_not_scored: str = "%1: not scored"
    latest_outcomes: str = "Latest outcomes"
    no_outcome_yet: str = "No outcome recorded yet"
    # The PDF: notes
    author: str = "Author"
    no_author: str = "No author recorded"
    outcome: str = "Outcome"
    no_outcome: str = "No outcome recorded"
    score_of_five: str = "%1 %2/5"
    no_text: str = "No text"
    # Dates: ``date`` where one stands alone (generated), ``short_date`` in lines of notes
    date: DateText = iso_date
    short_date: DateText = iso_date
    decimal: DecimalText = one_decimal

    def __post_init__(self) -> None:
        if len(self.headers) != len(HEADERS):
            raise ValueError(f"a notes table has {len(HEADERS)} columns, not {len(self.headers)}")

    def status(self, value: str) -> str:
        """A note status (``NoteStatus`` value) in words."""
        words = {
            "planned": self.planned,
            "in_progress": self.in_progress,
            "completed": self.completed,
            "dropped": self.dropped,
        }
        return words.get(value, value.replace("_", " "))

    def service_type(self, value: str) -> str:
        """A ``ServiceType`` value in words; "" for a type not known yet."""
        words = {
            "open_collective": self.open_collective,
            "closed_collective": self.closed_collective,
            "partnership": self.partnership,
            "individual": self.individual,
        }
        return words.get(value, "")

    def score(self, column: str) -> str:
        """An added-value score's name from its column (``score_enterprises``)."""
        words = {
            "score_cluster_initiatives": self.cluster_initiatives,
            "score_development_agencies": self.development_agencies,
            "score_enterprises": self.enterprises,
        }
        return words.get(column, column.removeprefix("score_").replace("_", " "))


ENGLISH = ReportWords()
