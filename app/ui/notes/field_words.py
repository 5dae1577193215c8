"""The note editor's field problems in the window's language (the services word them in
English; they hand over which problem it is and its values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.notes.fields import FieldError, Problem
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

PROBLEMS = {
    Problem.REGION_MISSING: QT_TRANSLATE_NOOP(
        "FieldErrors", "Choose the region where the test took place."
    ),
    Problem.REGION_GONE: QT_TRANSLATE_NOOP(
        "FieldErrors", "This region no longer exists; choose another."
    ),
    Problem.DATE_MISSING: QT_TRANSLATE_NOOP(
        "FieldErrors", "Enter the date of the test, e.g. 2012-03-01."
    ),
    Problem.DATE_INVALID: QT_TRANSLATE_NOOP(
        "FieldErrors", "“%1” is not a date; write it as 2012-03-01 or 1.3.2012."
    ),
    Problem.STATUS_MISSING: QT_TRANSLATE_NOOP("FieldErrors", "Choose a status."),
    Problem.TOO_LONG: QT_TRANSLATE_NOOP("FieldErrors", "At most %1 characters."),
    Problem.NOT_ONE_LINE: QT_TRANSLATE_NOOP("FieldErrors", "One line of at most %1 characters."),
}
# One sentence per score field: the audience's words agree with the rest of the sentence.
SCORE_PROBLEMS = {
    (Problem.SCORE_NOT_WHOLE, "score_cluster_initiatives"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Added value for cluster initiatives: “%1” is not a whole number from %2 to %3.",
    ),
    (Problem.SCORE_NOT_WHOLE, "score_development_agencies"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Added value for development agencies: “%1” is not a whole number from %2 to %3.",
    ),
    (Problem.SCORE_NOT_WHOLE, "score_enterprises"): QT_TRANSLATE_NOOP(
        "FieldErrors", "Added value for enterprises: “%1” is not a whole number from %2 to %3."
    ),
    (Problem.SCORE_OUT_OF_RANGE, "score_cluster_initiatives"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Added value for cluster initiatives: %1 is out of range; scores go from %2 to %3.",
    ),
    (Problem.SCORE_OUT_OF_RANGE, "score_development_agencies"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Added value for development agencies: %1 is out of range; scores go from %2 to %3.",
    ),
    (Problem.SCORE_OUT_OF_RANGE, "score_enterprises"): QT_TRANSLATE_NOOP(
        "FieldErrors",
        "Added value for enterprises: %1 is out of range; scores go from %2 to %3.",
    ),
}


def error_text(error: FieldError) -> str:
    """``error`` in the window's language (its English message when it names no problem)."""
    text = SCORE_PROBLEMS.get((error.problem, error.field)) if error.problem else None
    if text is None and error.problem in PROBLEMS:
        text = PROBLEMS[error.problem]
    if text is None:
        return error.message
    return fill(translate("FieldErrors", text), *error.values)
