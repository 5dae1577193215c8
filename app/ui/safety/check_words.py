"""The database check's findings in the window's language (the command line prints the
service's English lines)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.checking import CheckFindings, IndexState
from app.ui.common.locale_format import number_text
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

# The kinds of record a reference can point from or to, as the check names them.
RECORD_WORDS = {
    "practice": QT_TRANSLATE_NOOP("CheckWords", "practice"),
    "test note": QT_TRANSLATE_NOOP("CheckWords", "test note"),
    "category": QT_TRANSLATE_NOOP("CheckWords", "category"),
    "region": QT_TRANSLATE_NOOP("CheckWords", "region"),
}


def _record(word: str) -> str:
    return translate("CheckWords", RECORD_WORDS[word]) if word in RECORD_WORDS else word


def check_lines(found: CheckFindings) -> list[str]:
    """One line per finding, as ``app.services.checking`` words them in English."""
    if found.unreadable:
        text = translate("CheckWords", "The file cannot be read as a database: %1.")
        return [fill(text, found.unreadable)]
    lines: list[str] = []
    problems = len(found.integrity_problems)
    if not problems:
        lines.append(
            translate("CheckWords", "File structure: sound (SQLite integrity check passed).")
        )
    else:
        lines.append(
            translate(
                "CheckWords", "File structure: damaged, %Ln problem(s); the first:", None, problems
            )
        )
        lines.extend(f"  {problem}" for problem in found.integrity_problems[:5])
    if not found.missing_references:
        lines.append(
            translate(
                "CheckWords", "References: every note, practice and region it points to exists."
            )
        )
    for child, parent, count in found.missing_references:
        text = translate(
            "CheckWords", "References: %Ln record(s) (%1) point to a missing %2.", None, count
        )
        lines.append(fill(text, _record(child), _record(parent)))
    if found.index is IndexState.CONSISTENT:
        lines.append(translate("CheckWords", "Search index: consistent."))
    elif found.index is IndexState.READ_ONLY:
        lines.append(translate("CheckWords", "Search index: not checked (the file is read-only)."))
    else:
        text = translate(
            "CheckWords",
            "Search index: damaged (%1); 'practice-catalogue check --repair' rebuilds it.",
        )
        lines.append(fill(text, found.index_error))
    text = translate("CheckWords", "Contents: %1 practices, %2 notes, %3 in the trash.")
    lines.append(
        fill(
            text, number_text(found.practices), number_text(found.notes), number_text(found.trashed)
        )
    )
    return lines
