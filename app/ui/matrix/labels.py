"""The labels around the field-test matrix's table: the legend of the cell colours, the
evidence of the current practice, the status line and the empty state; and the names every
widget of the window gets (an object name for automation, an accessible name in words).

The legend goes into the exported PNG as well (``app.ui.matrix.png``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.services.matrix import PracticeEvidence, ScoreMean
from app.services.matrix.export import STATUS_COLOURS
from app.ui.common.locale_format import date_text, number_text
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill
from app.ui.matrix.columns import score_text, status_label

translate = QCoreApplication.translate

NO_PRACTICE = QT_TRANSLATE_NOOP("Matrix", "Select a practice to see its evidence.")
# The added-value scores by column (the service's labels are English).
SCORE_NAMES = {
    "score_cluster_initiatives": QT_TRANSLATE_NOOP("Matrix", "cluster initiatives"),
    "score_development_agencies": QT_TRANSLATE_NOOP("Matrix", "development agencies"),
    "score_enterprises": QT_TRANSLATE_NOOP("Matrix", "enterprises"),
}


def named(widget: QWidget, name: str, accessible: str, description: str = "") -> None:
    """Give ``widget`` its object name (automation relies on it: never change one) and the
    name and description a screen reader says, in words (already translated)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)


def plain_label(parent: QWidget, name: str, accessible: str, description: str = "") -> QLabel:
    label = QLabel(parent)
    named(label, name, accessible, description)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def legend_html() -> str:
    chips = " ".join(
        f'<span style="background-color:{STATUS_COLOURS[status]}; color:#000000;">'
        f"&nbsp;{STATUS_SYMBOLS[status]} {escape(status_label(status))}&nbsp;</span>"
        for status in ("completed", "in_progress", "planned", "dropped")
    )
    explained = translate(
        "Matrix",
        "A cell: the most advanced status of its notes, and how many."
        " Under a region's name: how many of these practices it tests. Totals count a region"
        " only when its notes are not all dropped.",
    )
    return f"{chips}&nbsp;&nbsp; {escape(explained)}"


def legend_label(parent: QWidget) -> QLabel:
    label = plain_label(
        parent,
        "matrixLegend",
        translate("Matrix", "Legend"),
        translate("Matrix", "What the symbols and colours of the cells mean"),
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(legend_html())
    label.setWordWrap(True)
    return label


def empty_state_label(parent: QWidget) -> QLabel:
    """What shows instead of the table when the main window's filter matches nothing."""
    label = plain_label(parent, "matrixEmptyState", translate("Matrix", "Nothing to show"))
    label.setText(
        translate(
            "Matrix",
            "No practice matches the filter of the main window.\n\n"
            "Change or clear the filter there (Esc in the filter box) to see practices here.",
        )
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    label.setAutoFillBackground(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def evidence_label(parent: QWidget) -> QLabel:
    """The panel under the table that shows ``evidence_text`` (five lines at least)."""
    label = plain_label(parent, "practiceEvidence", translate("Matrix", "Evidence of the practice"))
    label.setAccessibleDescription(
        translate("Matrix", "Tests, notes, scores and latest outcomes of the current practice")
    )
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMinimumHeight(parent.fontMetrics().lineSpacing() * 5 + 12)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def status_text(shown: int, *, filtered: bool, counting: bool, sort_pending: bool) -> str:
    """The status line: how many practices are shown, and what is still being counted."""
    if filtered:
        parts = [translate("Matrix", "%Ln practice(s) match the filter", None, shown)]
    else:
        parts = [translate("Matrix", "%Ln practice(s)", None, shown)]
    if counting:
        parts.append(translate("Matrix", "counting the evidence for totals and sorting…"))
    if sort_pending:
        parts.append(translate("Matrix", "the order follows once counted"))
    return " · ".join(parts)


def evidence_text(evidence: PracticeEvidence, regions: int) -> str:
    title = evidence.title
    if evidence.selected:
        title = fill(translate("Matrix", "%1 — selected for the final catalogue"), title)
    facts = (
        fill(
            translate("Matrix", "Tested in %1 of %Ln region(s)", None, regions),
            number_text(evidence.regions_testing),
        ),
        translate("Matrix", "%Ln completed test(s)", None, evidence.completed),
        translate("Matrix", "%Ln note(s)", None, evidence.notes),
    )
    scores = " · ".join(_score(score) for score in evidence.scores)
    lines = [
        title,
        " · ".join(facts),
        fill(translate("Matrix", "Added value (mean of 0–5): %1"), scores),
    ]
    if evidence.latest:
        lines.append(translate("Matrix", "Latest outcomes:"))
        lines.extend(
            "  "
            + fill(
                translate("Matrix", "%1 %2 %3: %4"),
                STATUS_SYMBOLS.get(line.status, ""),
                date_text(line.date),
                line.region_label,
                line.outcome,
            )
            for line in evidence.latest
        )
    else:
        lines.append(translate("Matrix", "No outcome written yet."))
    return "\n".join(lines)


def _score(score: ScoreMean) -> str:
    """One added-value score: "enterprises 4.2 (5 notes)"."""
    name = (
        translate("Matrix", SCORE_NAMES[score.column])
        if score.column in SCORE_NAMES
        else score.label
    )
    mean = "—" if score.mean is None else score_text(score.mean)
    return fill(translate("Matrix", "%1 %2 (%Ln note(s))", None, score.count), name, mean)
