"""The labels around the field-test matrix's table: the legend of the cell colours, the
evidence of the current practice, the status line and the empty state; and the names every
widget of the window gets.

The legend goes into the exported PNG as well (``app.ui.matrix.png``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.services.matrix import PracticeEvidence
from app.services.matrix.export import STATUS_COLOURS
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.matrix.columns import status_label

NO_PRACTICE = "Select a practice to see its evidence."


def named(widget: QWidget, name: str, description: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def plain_label(parent: QWidget, name: str, description: str) -> QLabel:
    label = QLabel(parent)
    named(label, name, description)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def legend_html() -> str:
    chips = " ".join(
        f'<span style="background-color:{STATUS_COLOURS[status]}; color:#000000;">'
        f"&nbsp;{STATUS_SYMBOLS[status]} {status_label(status)}&nbsp;</span>"
        for status in ("completed", "in_progress", "planned", "dropped")
    )
    return (
        f"{chips}&nbsp;&nbsp; A cell: the most advanced status of its notes, and how many."
        " Under a region's name: how many of these practices it tests. Totals count a region"
        " only when its notes are not all dropped."
    )


def legend_label(parent: QWidget) -> QLabel:
    label = plain_label(parent, "matrixLegend", "Legend of the cell statuses")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(legend_html())
    label.setWordWrap(True)
    return label


def empty_state_label(parent: QWidget) -> QLabel:
    """What shows instead of the table when the main window's filter matches nothing."""
    label = plain_label(parent, "matrixEmptyState", "Nothing to show")
    label.setText(
        "No practice matches the filter of the main window.\n\n"
        "Change or clear the filter there (Esc in the filter box) to see practices here."
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
    label = plain_label(parent, "practiceEvidence", "Evidence of the current practice")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMinimumHeight(parent.fontMetrics().lineSpacing() * 5 + 12)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def status_text(shown: int, *, filtered: bool, counting: bool, sort_pending: bool) -> str:
    """The status line: how many practices are shown, and what is still being counted."""
    text = f"{shown:,} practice{'' if shown == 1 else 's'}"
    if filtered:
        text += " matches the filter" if shown == 1 else " match the filter"
    if counting:
        text += " · counting the evidence for totals and sorting…"
    if sort_pending:
        text += " · the order follows once counted"
    return text


def evidence_text(evidence: PracticeEvidence, regions: int) -> str:
    lines = [
        evidence.title + (" — selected for the final catalogue" if evidence.selected else ""),
        f"Tested in {evidence.regions_testing} of {regions} regions · "
        f"{evidence.completed} completed tests · {evidence.notes} notes",
        "Added value (mean of 0–5): "
        + " · ".join(
            f"{score.label} {'—' if score.mean is None else f'{score.mean:.1f}'}"
            f" ({score.count} {'note' if score.count == 1 else 'notes'})"
            for score in evidence.scores
        ),
    ]
    if evidence.latest:
        lines.append("Latest outcomes:")
        lines.extend(
            f"  {STATUS_SYMBOLS.get(line.status, '')} {line.date.isoformat()} "
            f"{line.region_label}: {line.outcome}"
            for line in evidence.latest
        )
    else:
        lines.append("No outcome written yet.")
    return "\n".join(lines)
