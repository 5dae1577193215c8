"""What views ask the field-test matrix for now and then: header texts, tooltips, accessible
text, ids and the raw values a column sorts on.

Painted roles come from ``PaintedRows``; everything else a cell or a header answers is worked
out here on each call, from ``MatrixRows``. A region cell's tooltip lists its newest notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.dto import RegionInfo
from app.services.matrix import STATUS_ORDER, MatrixRow
from app.ui.common.roles import Role
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.matrix.columns import (
    EVIDENCE_TIPS,
    EVIDENCE_TITLES,
    FIRST_REGION,
    SELECTED_TIP,
    Column,
    Evidence,
    MatrixRole,
    status_label,
)
from app.ui.matrix.rows import Block, MatrixRows

_RANK = {status: len(STATUS_ORDER) - i for i, status in enumerate(STATUS_ORDER)}
_CENTER = Qt.AlignmentFlag.AlignCenter
_DISPLAY, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


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
            return _texts(role, "Selected", SELECTED_TIP)
        if section == Column.PRACTICE:
            return _texts(role, "Practice", "Practices by category")
        regions = self._rows.regions
        region = section - FIRST_REGION
        if region < len(regions):
            return self._region_header(regions[region], role)
        which = Evidence(region - len(regions))
        return _texts(role, f"{EVIDENCE_TITLES[which]}\n", EVIDENCE_TIPS[which])

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
        if role == _DISPLAY:
            return f"{region.name}\n{'…' if total is None else total}"
        if role == _TIP:
            who = f" — {region.partner_organisation}" if region.partner_organisation else ""
            shown = self._rows.practice_count
            count = "counting…" if total is None else f"{total} of the {shown}"
            return f"{region.label}{who}\nPractices tested here: {count} shown"
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
            return f"{node.name}: {block.count} practices shown"
        regions = self._rows.regions
        region = column - FIRST_REGION
        tested = self._rows.tested(block)
        if not 0 <= region < len(regions) or tested is None:
            return None
        name, count = regions[region].name, tested.get(regions[region].id, 0)
        return f"{name} tests {count} of the {block.count} practices of {node.name}"

    def _selected(self, row: MatrixRow, role: int) -> Any:
        if role == _TIP:
            return SELECTED_TIP if row.selected else "Not selected"
        if role == _ACCESSIBLE:
            return "selected" if row.selected else "not selected"
        return _practice_roles(row, role, int(row.selected))

    def _practice(self, row: MatrixRow, role: int) -> Any:
        if role == _ACCESSIBLE:
            return row.title
        if role == _TIP:
            mean = row.mean_score
            score = "no score" if mean is None else f"mean score {mean:.1f} ({row.score_count})"
            head = f"{row.title}\n{row.subtitle}" if row.subtitle else row.title
            return (
                f"{head}\nTested in {row.regions_testing} of {len(self._rows.regions)} regions · "
                f"{row.completed} completed · {row.notes} notes · {score}"
            )
        return _practice_roles(row, role, row.title)

    def _region(self, row: MatrixRow, region: RegionInfo, role: int) -> Any:
        cell = row.cells.get(region.id)
        status = None if cell is None else cell.status
        if role == _TIP:
            return self._region_tip(row, region)
        if role == _ACCESSIBLE:
            notes = 0 if cell is None else cell.notes
            return f"{region.name}: {status_label(status)}, {notes} notes"
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
            return f"{row.title} — {region.label}\nNo notes yet"
        lines = [f"{row.title} — {region.label}"]
        for note in found.notes:
            text = note.outcome or "(no outcome written)"
            who = f" · {note.author}" if note.author else ""
            symbol = STATUS_SYMBOLS.get(note.status, "")
            lines.append(
                f"{symbol} {note.date.isoformat()} {status_label(note.status)}{who}: {text}"
            )
        if found.total > len(found.notes):
            lines.append(f"… and {found.total - len(found.notes)} more")
        lines.append("Double-click to open these notes")
        return "\n".join(lines)

    def _evidence(self, row: MatrixRow, which: Evidence, role: int) -> Any:
        if role == _TIP:
            return EVIDENCE_TIPS[which]
        if which == Evidence.REGIONS:
            raw: Any = row.regions_testing
        elif which == Evidence.COMPLETED:
            raw = row.completed
        else:
            raw = -1.0 if row.mean_score is None else row.mean_score
        if role == _ACCESSIBLE:
            return f"{EVIDENCE_TITLES[which]}: {'none' if raw == -1.0 else raw}"
        return _practice_roles(row, role, raw)


def _practice_roles(row: MatrixRow, role: int, raw: Any) -> Any:
    if role == Role.ID or role == MatrixRole.PRACTICE_ID:
        return row.id
    if role == MatrixRole.RAW:
        return raw
    return None


def _texts(role: int, display: str, tip: str) -> str | None:
    if role == _DISPLAY:
        return display
    return tip if role == _TIP else None
