"""The reports' words in the language the application speaks now (``install_language``).

``report_words()`` builds the ``ReportWords`` that ``app.services.reports`` and the PDF painter
print, from ``QCoreApplication.translate("Reports", ...)`` and the locale's formats: dates long
where one stands alone ("Generated …"), short in the lines of notes; decimals and counts with
the locale's separators. The window calls it for each report; ``export --lang CODE`` calls it
after installing that language (``app.ui.transfers.pdf_command.words_for_language``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.reports.words import CountText, ReportWords, english_notes, english_practices
from app.ui.common.locale_format import date_text

translate = QCoreApplication.translate


def _long_date(value: date) -> str:
    return date_text(value, long=True)


def _short_date(value: date) -> str:
    return date_text(value)


def _decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _practices(count: int) -> str:
    text = translate("Reports", "%Ln practice(s)", None, count)
    return _or_english(text, "%Ln practice(s)", count, english_practices)


def _notes(count: int) -> str:
    text = translate("Reports", "%Ln note(s)", None, count)
    return _or_english(text, "%Ln note(s)", count, english_notes)


def _or_english(text: str, source: str, count: int, english: CountText) -> str:
    """``text``, or the English plural ("1 note", "3 notes") with the locale's digits when no
    catalogue had a translation ("3 note(s)" would reach the page)."""
    number = QLocale().toString(count)
    if text != source.replace("%Ln", number):
        return text
    return english(count).replace(f"{count:,}", number, 1)


def report_words() -> ReportWords:
    """Every word of the CSV, XLSX and PDF reports, in the current language."""
    return ReportWords(
        headers=_headers(),
        sheet_title=translate("Reports", "Notes"),
        **_vocabulary(),
        **_scope(),
        **_pdf_texts(),
        practices=_practices,
        notes=_notes,
        date=_long_date,
        short_date=_short_date,
        decimal=_decimal,
    )


def _headers() -> tuple[str, ...]:
    return (
        translate("Reports", "Practice"),
        translate("Reports", "Category"),
        translate("Reports", "Region"),
        translate("Reports", "Country"),
        translate("Reports", "Date"),
        translate("Reports", "Status"),
        translate("Reports", "Author"),
        translate("Reports", "Outcome"),
        translate("Reports", "Score: cluster initiatives"),
        translate("Reports", "Score: development agencies"),
        translate("Reports", "Score: enterprises"),
        translate("Reports", "Text"),
    )


def _vocabulary() -> dict[str, str]:
    """Statuses, service types and score names as the reports print them (lower case: they
    stand inside lines; the PDF capitalises them where they start one)."""
    return {
        "planned": translate("Reports", "planned"),
        "in_progress": translate("Reports", "in progress"),
        "completed": translate("Reports", "completed"),
        "dropped": translate("Reports", "dropped"),
        "open_collective": translate("Reports", "open collective"),
        "closed_collective": translate("Reports", "closed collective"),
        "partnership": translate("Reports", "partnership"),
        "individual": translate("Reports", "individual"),
        "cluster_initiatives": translate("Reports", "cluster initiatives"),
        "development_agencies": translate("Reports", "development agencies"),
        "enterprises": translate("Reports", "enterprises"),
    }


def _scope() -> dict[str, str]:
    return {
        "whole_catalogue": translate("Reports", "Whole catalogue"),
        "selected_scope": translate("Reports", "Practices selected for the final catalogue"),
        "category_scope": translate("Reports", "Category: %1"),
        "practice_scope": translate("Reports", "Practice: %1"),
        "region_scope": translate("Reports", "Notes from %1"),
        "period": translate("Reports", "Notes dated %1 to %2"),
        "period_since": translate("Reports", "Notes dated %1 or later"),
        "period_until": translate("Reports", "Notes dated %1 or earlier"),
    }


def _pdf_texts() -> dict[str, str]:
    return {
        "title": translate("Reports", "Good Practices Catalogue"),
        "final_title": translate("Reports", "Final catalogue"),
        "generated": translate("Reports", "Generated %1"),
        "page": translate("Reports", "Page %1 of %2"),
        "no_practice_with_notes": translate("Reports", "No practice has notes in this selection"),
        "none_selected": translate("Reports", "No practice is selected for the final catalogue"),
        "how_to_select": translate(
            "Reports",
            "Mark practices for the final catalogue first: the box in the detail pane or in"
            " View → Field-Test Matrix.",
        ),
        "no_practices": translate("Reports", "No practices in this selection"),
        "continued": translate("Reports", "%1 (continued)"),
        "service_category": translate("Reports", "Service category"),
        "no_description": translate("Reports", "No description yet"),
        "empty_category": translate("Reports", "No practices in this category yet"),
        **_practice_texts(),
    }


def _practice_texts() -> dict[str, str]:
    return {
        "service_type_label": translate("Reports", "Service type"),
        "not_known": translate("Reports", "Not known yet"),
        "origin_region": translate("Reports", "Origin region"),
        "not_recorded": translate("Reports", "Not recorded yet"),
        "source": translate("Reports", "Source"),
        "no_source": translate("Reports", "No source recorded"),
        "final_catalogue": translate("Reports", "Final catalogue"),
        "selected": translate("Reports", "Selected"),
        "not_selected": translate("Reports", "Not selected"),
        "summary": translate("Reports", "Summary"),
        "no_summary": translate("Reports", "No summary yet"),
        "description": translate("Reports", "Description"),
        "field_test_notes": translate("Reports", "Field-test notes (%1)"),
        "no_notes_selected": translate("Reports", "No notes in this selection"),
        "not_tested": translate("Reports", "Not tested in any region yet"),
        "evidence": translate("Reports", "Evidence"),
        "regions_tested": translate("Reports", "Regions tested"),
        "completed_tests": translate("Reports", "Completed tests"),
        "completed_of": translate("Reports", "%1 of %2"),
        "no_notes": translate("Reports", "No notes yet"),
        "added_value": translate("Reports", "Added value"),
        "not_scored": translate("Reports", "Not scored"),
        "score_mean": translate("Reports", "%1: %2 (%3)"),
        "score_not_scored": translate("Reports", "%1: not scored"),
        "latest_outcomes": translate("Reports", "Latest outcomes"),
        "no_outcome_yet": translate("Reports", "No outcome recorded yet"),
        "author": translate("Reports", "Author"),
        "no_author": translate("Reports", "No author recorded"),
        "outcome": translate("Reports", "Outcome"),
        "no_outcome": translate("Reports", "No outcome recorded"),
        "score_of_five": translate("Reports", "%1 %2/5"),
        "no_text": translate("Reports", "No text"),
    }
