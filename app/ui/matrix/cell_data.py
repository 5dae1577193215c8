"""What views ask the field-test matrix for now and then: header texts, tooltips, accessible
text, ids and the raw values a column sorts on.

Painted roles come from ``PaintedRows``; everything else a cell or a header answers is worked
out here on each call, from ``MatrixRows``. A region cell's tooltip lists its newest notes.
A screen reader reads a region cell as "Help desk, Tartu: completed, 2 notes" (context
``MatrixCell``) and a header by its name and what it counts (context ``MatrixHeader``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.services.dto import RegionInfo
from app.services.matrix import STATUS_ORDER, MatrixRow, OutcomeLine
from app.ui.common.locale_format import date_text, number_text
from app.ui.common.roles import Role
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.common.translation import fill
from app.ui.matrix.columns import (
    FIRST_REGION,
    SELECTED_TIP,
    Column,
    Evidence,
    MatrixRole,
    evidence_tip,
    evidence_title,
    score_text,
    status_label,
)
from app.ui.matrix.rows import Block, MatrixRows

translate = QCoreApplication.translate

_RANK = {status: len(STATUS_ORDER) - i for i, status in enumerate(STATUS_ORDER)}
_CENTER = Qt.AlignmentFlag.AlignCenter
_DISPLAY, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


class CellData:
    """Answers from ``rows`` as they are now; nothing is kept between calls."""

    def __init__(self, rows: MatrixRows) -> None:
        self._rows = rows

    def header(self, section: int, role: int) -> Any:
        """A horizontal header's ``role`` (``section`` is in range)."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            ascending = section == Column.PRACTICE
            return Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        if section == Column.SELECTED:
            name = translate("MatrixHeader", "Selected")
            return _texts(role, name, translate("MatrixHeader", SELECTED_TIP))
        if section == Column.PRACTICE:
            name = translate("MatrixHeader", "Practice")
            return _texts(role, name, translate("MatrixHeader", "Practices by category"))
        regions = self._rows.regions
        region = section - FIRST_REGION
        if region < len(regions):
            return self._region_header(regions[region], role)
        which = Evidence(region - len(regions))
        title = evidence_title(which)
        return _texts(role, title + "\n", evidence_tip(which), title)

    def cell(self, row: int, column: int, role: int) -> Any:
        """A cell's ``role``, for the roles ``PaintedRows`` leaves out."""
        block, offset = self._rows.locate(row)
        if offset < 0:
            return self._category(block, column, role)
        record = self._rows.record(block, offset)
        if record is None:
            return None
        if column == Column.SELECTED:
            return self._selected(record, role)
        if column == Column.PRACTICE:
            return self._practice(record, role)
        regions = self._rows.regions
        region = column - FIRST_REGION
        if region < len(regions):
            return self._region(record, regions[region], role)
        return self._evidence(record, Evidence(region - len(regions)), role)

    def _region_header(self, region: RegionInfo, role: int) -> Any:
        totals = self._rows.totals
        total = None if totals is None else totals.get(region.id, 0)
        shown = self._rows.practice_count
        if role == _DISPLAY:
            return f"{region.name}\n{'…' if total is None else number_text(total)}"
        if role in (_TIP, _DESCRIPTION):
            who = f" — {region.partner_organisation}" if region.partner_organisation else ""
            if total is None:
                count = translate("MatrixHeader", "Practices tested here: counting…")
            else:
                count = fill(
                    translate(
                        "MatrixHeader", "Practices tested here: %1 of the %Ln shown", None, shown
                    ),
                    number_text(total),
                )
            return f"{region.label}{who}\n{count}"
        if role == _ACCESSIBLE:
            if total is None:
                return fill(
                    translate("MatrixHeader", "%1, counting the practices tested"), region.name
                )
            return fill(
                translate("MatrixHeader", "%1, tests %2 of the %Ln practice(s) shown", None, shown),
                region.name,
                number_text(total),
            )
        if role == MatrixRole.REGION_ID:
            return region.id
        return None

    def _category(self, block: Block, column: int, role: int) -> Any:
        node = block.node
        if role == Role.ID:
            return node.id
        if role not in (_TIP, _ACCESSIBLE):
            return None
        if column == Column.PRACTICE:
            text = translate("MatrixCell", "%1: %Ln practice(s) shown", None, block.count)
            return fill(text, node.name)
        regions = self._rows.regions
        region = column - FIRST_REGION
        tested = self._rows.tested(block)
        if not 0 <= region < len(regions) or tested is None:
            return None
        name, count = regions[region].name, tested.get(regions[region].id, 0)
        text = translate(
            "MatrixCell", "%1 tests %2 of the %Ln practice(s) of %3", None, block.count
        )
        return fill(text, name, number_text(count), node.name)

    def _selected(self, row: MatrixRow, role: int) -> Any:
        if role == _TIP:
            if row.selected:
                return translate("MatrixHeader", SELECTED_TIP)
            return translate("MatrixCell", "Not selected")
        if role == _ACCESSIBLE:
            if row.selected:
                return fill(translate("MatrixCell", "%1: selected"), row.title)
            return fill(translate("MatrixCell", "%1: not selected"), row.title)
        if role == _DESCRIPTION:
            return translate("MatrixCell", "Space selects or unselects it for the final catalogue")
        return _practice_roles(row, role, int(row.selected))

    def _practice(self, row: MatrixRow, role: int) -> Any:
        if role == _ACCESSIBLE:
            return row.title
        if role == _DESCRIPTION:
            return translate("MatrixCell", "Enter opens the notes of this practice")
        if role == _TIP:
            return self._practice_tip(row)
        return _practice_roles(row, role, row.title)

    def _practice_tip(self, row: MatrixRow) -> str:
        mean, regions = row.mean_score, len(self._rows.regions)
        if mean is None:
            score = translate("MatrixCell", "no score")
        else:
            score = fill(
                translate("MatrixCell", "mean score %1 (%Ln score(s))", None, row.score_count),
                score_text(mean),
            )
        facts = (
            fill(
                translate("Matrix", "Tested in %1 of %Ln region(s)", None, regions),
                number_text(row.regions_testing),
            ),
            translate("MatrixCell", "%Ln completed", None, row.completed),
            translate("Matrix", "%Ln note(s)", None, row.notes),
            score,
        )
        head = f"{row.title}\n{row.subtitle}" if row.subtitle else row.title
        return f"{head}\n{' · '.join(facts)}"

    def _region(self, row: MatrixRow, region: RegionInfo, role: int) -> Any:
        cell = row.cells.get(region.id)
        status = None if cell is None else cell.status
        if role == _TIP:
            return self._region_tip(row, region)
        if role == _ACCESSIBLE:
            if cell is None:
                return fill(translate("MatrixCell", "%1, %2: not tested"), row.title, region.name)
            text = translate("MatrixCell", "%1, %2: %3, %n note(s)", None, cell.notes)
            return fill(text, row.title, region.name, status_label(status))
        if role == _DESCRIPTION:
            return translate("MatrixCell", "Enter opens the notes of this cell")
        if role == MatrixRole.REGION_ID:
            return region.id
        if role == MatrixRole.STATUS:
            return status
        if role == MatrixRole.NOTES:
            return 0 if cell is None else cell.notes
        return _practice_roles(row, role, _RANK.get(status or "", 0))

    def _region_tip(self, row: MatrixRow, region: RegionInfo) -> str:
        found = self._rows.reader.cell_notes(row.id, region.id)
        if not found.total:
            none = translate("MatrixCell", "No notes yet")
            return f"{row.title} — {region.label}\n{none}"
        lines = [f"{row.title} — {region.label}"]
        lines.extend(_note_line(note) for note in found.notes)
        if found.total > len(found.notes):
            more = found.total - len(found.notes)
            lines.append(translate("MatrixCell", "… and %Ln more", None, more))
        lines.append(translate("MatrixCell", "Double-click to open these notes"))
        return "\n".join(lines)

    def _evidence(self, row: MatrixRow, which: Evidence, role: int) -> Any:
        if role == _TIP:
            return evidence_tip(which)
        if which == Evidence.REGIONS:
            raw: Any = row.regions_testing
        elif which == Evidence.COMPLETED:
            raw = row.completed
        else:
            raw = -1.0 if row.mean_score is None else row.mean_score
        if role == _ACCESSIBLE:
            if which != Evidence.SCORE:
                value = number_text(raw)
            elif raw == -1.0:
                value = translate("MatrixCell", "none")
            else:
                value = score_text(raw)
            return fill(translate("MatrixCell", "%1: %2"), evidence_title(which), value)
        return _practice_roles(row, role, raw)


def _note_line(note: OutcomeLine) -> str:
    """One note in a cell's tooltip: symbol, date, status, author, outcome."""
    text = note.outcome or translate("MatrixCell", "(no outcome written)")
    symbol = STATUS_SYMBOLS.get(note.status, "")
    when, status = date_text(note.date), status_label(note.status)
    if note.author:
        line = fill(translate("MatrixCell", "%1 %2 · %3: %4"), when, status, note.author, text)
    else:
        line = fill(translate("MatrixCell", "%1 %2: %3"), when, status, text)
    return f"{symbol} {line}"


def _practice_roles(row: MatrixRow, role: int, raw: Any) -> Any:
    if role == Role.ID or role == MatrixRole.PRACTICE_ID:
        return row.id
    if role == MatrixRole.RAW:
        return raw
    return None


def _texts(role: int, display: str, tip: str, name: str | None = None) -> str | None:
    """A header's display text, tooltip (also its accessible description) and accessible name
    (the display text unless given)."""
    if role == _DISPLAY:
        return display
    if role == _ACCESSIBLE:
        return display if name is None else name
    return tip if role in (_TIP, _DESCRIPTION) else None
