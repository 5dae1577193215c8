"""The columns and item roles of the field-test matrix, by name.

Left to right: the "Selected" checkbox, the practice, one column per region from
``FIRST_REGION`` on, then the evidence columns (``Evidence``) after the last region.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.services.dto import RegionInfo
from app.services.matrix import SortBy
from app.ui.common.status import STATUS_SYMBOLS, status_text
from app.ui.common.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_BASE = int(Qt.ItemDataRole.UserRole)


class MatrixRole(IntEnum):
    PRACTICE_ID = _BASE + 21
    REGION_ID = _BASE + 22  # on region cells and region headers
    STATUS = _BASE + 23  # a cell's most advanced status (NoteStatus value) or None
    NOTES = _BASE + 24  # notes in a cell
    RAW = _BASE + 25  # the raw value the column sorts on


class Column(IntEnum):
    SELECTED = 0
    PRACTICE = 1


FIRST_REGION = 2


class Evidence(IntEnum):
    """The columns after the regions, in order."""

    REGIONS = 0  # row total: regions testing the practice
    COMPLETED = 1
    SCORE = 2


# Marked for translation here, translated where shown: translate("MatrixHeader", text).
EVIDENCE_TITLES = {
    Evidence.REGIONS: QT_TRANSLATE_NOOP("MatrixHeader", "Regions"),
    Evidence.COMPLETED: QT_TRANSLATE_NOOP("MatrixHeader", "Completed"),
    Evidence.SCORE: QT_TRANSLATE_NOOP("MatrixHeader", "Score"),
}
EVIDENCE_TIPS = {
    Evidence.REGIONS: QT_TRANSLATE_NOOP(
        "MatrixHeader", "Regions testing the practice (a note that is not dropped)"
    ),
    Evidence.COMPLETED: QT_TRANSLATE_NOOP(
        "MatrixHeader", "Completed tests: notes whose status is completed"
    ),
    Evidence.SCORE: QT_TRANSLATE_NOOP(
        "MatrixHeader", "Mean added-value score (0–5) over every score set, and how many"
    ),
}
# What an evidence column sorts by, and back: the column a ``SortBy`` value sorts.
EVIDENCE_SORT = {
    Evidence.REGIONS: SortBy.REGIONS,
    Evidence.COMPLETED: SortBy.COMPLETED,
    Evidence.SCORE: SortBy.SCORE,
}
SORTED_EVIDENCE = {by: which for which, by in EVIDENCE_SORT.items()}
SELECTED_TIP = QT_TRANSLATE_NOOP("MatrixHeader", "Selected for the final catalogue")


def column_count(regions: int) -> int:
    return FIRST_REGION + regions + len(Evidence)


def sort_key(column: int, regions: Sequence[RegionInfo]) -> str | None:
    """What ``column`` sorts by: a ``SortBy`` value, a region id, or None (catalogue order)."""
    if column == Column.SELECTED:
        return SortBy.SELECTED
    region = column - FIRST_REGION
    if 0 <= region < len(regions):
        return regions[region].id
    if 0 <= region - len(regions) < len(Evidence):
        return EVIDENCE_SORT[Evidence(region - len(regions))]
    return None  # the practice column, or none


def evidence_title(which: Evidence) -> str:
    return translate("MatrixHeader", EVIDENCE_TITLES[which])


def evidence_tip(which: Evidence) -> str:
    return translate("MatrixHeader", EVIDENCE_TIPS[which])


def status_label(status: str | None) -> str:
    """A cell's status in words ("completed"): the word ``app.ui.common.status`` shows beside
    the symbol (and translates), without the symbol."""
    if status is None:
        return translate("MatrixCell", "no notes")
    return status_text(status).removeprefix(STATUS_SYMBOLS.get(status, "")).strip()


def score_text(mean: float) -> str:
    """A mean score with one decimal, as the person's language writes it ("4,2" in French)."""
    return QLocale().toString(float(mean), "f", 1)
