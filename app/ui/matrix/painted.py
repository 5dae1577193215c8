"""What a view paints in the field-test matrix: every painted role of a row, cached by row.

A delegate asks for about ten roles per cell on every repaint, so ``PaintedRows`` answers
them for all the columns of a row at once and keeps the answer: a shown row then costs a
dictionary lookup per call. Roles not listed in ``PAINTED`` are not painted here; they come
from ``CellData``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from app.services.matrix import MatrixRow
from app.services.matrix.export import STATUS_COLOURS
from app.ui.common.locale_format import number_text
from app.ui.common.roles import NodeKind, Role
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.matrix.columns import Evidence, column_count, score_text
from app.ui.matrix.rows import Block, MatrixRows

PAINT_CACHE = 1_000  # rows whose painted roles are kept (a screen shows a few dozen)
_CENTER = Qt.AlignmentFlag.AlignCenter
_ROLE_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLE_FONT = int(Qt.ItemDataRole.FontRole)
_ROLE_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLE_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ROLE_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLE_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ROLE_KIND = int(Role.KIND)
PAINTED = (
    _ROLE_DISPLAY,
    int(Qt.ItemDataRole.DecorationRole),
    _ROLE_FONT,
    _ROLE_ALIGN,
    _ROLE_BACKGROUND,
    _ROLE_FOREGROUND,
    _ROLE_CHECK,
    _ROLE_KIND,
)

Painted = dict[int, tuple[Any, ...]]  # role: a value per column


class PaintedRows:
    """The painted roles of the rows shown lately; ``forget`` when what they show changed."""

    def __init__(self, rows: MatrixRows) -> None:
        self._rows = rows
        self.by_row: dict[int, Painted] = {}
        self._brushes = {s: QBrush(QColor(c)) for s, c in STATUS_COLOURS.items()}
        self._ink = QBrush(QColor("#000000"))
        self._band = QPalette().brush(QPalette.ColorRole.Button)
        self._bold = QFont()
        self._bold.setBold(True)

    def forget(self, row: int | None = None) -> None:
        """Forget one row (None: every row)."""
        if row is None:
            self.by_row.clear()
        else:
            self.by_row.pop(row, None)

    def paint(self, row: int) -> Painted:
        """Every painted role of ``row``; roles not painted in a column read as None."""
        block, offset = self._rows.locate(row)
        if offset < 0:
            painted = self._category(block)
        else:
            record = self._rows.record(block, offset)
            painted = {} if record is None else self._practice(record)
        columns = column_count(len(self._rows.regions))
        for role in PAINTED:
            painted.setdefault(role, (None,) * columns)
        if len(self.by_row) >= PAINT_CACHE:
            self.by_row.clear()
        self.by_row[row] = painted
        return painted

    def _category(self, block: Block) -> Painted:
        node, regions = block.node, len(self._rows.regions)
        filtered = self._rows.scope is not None
        counted = number_text(block.count)
        if filtered:
            counted = f"{counted} / {number_text(node.total)}"
        tested = self._rows.tested(block)
        counts = [None if tested is None else tested.get(r.id, 0) for r in self._rows.regions]
        tail = (None,) * len(Evidence)
        columns = column_count(regions)
        return {
            _ROLE_DISPLAY: (
                None,
                f"{node.name}  {counted}",
                *(number_text(count) if count else "" for count in counts),  # zeros drown the rest
                *tail,
            ),
            _ROLE_FONT: (None, self._bold, *([None] * (regions + len(Evidence)))),
            _ROLE_ALIGN: (None, None, *([_CENTER] * regions), *tail),
            _ROLE_BACKGROUND: (self._band,) * columns,
            _ROLE_KIND: (int(NodeKind.CATEGORY),) * columns,
        }

    def _practice(self, row: MatrixRow) -> Painted:
        cells = [row.cells.get(region.id) for region in self._rows.regions]
        statuses = [None if cell is None else cell.status for cell in cells]
        mean = row.mean_score
        score = "" if mean is None else f"{score_text(mean)} ({number_text(row.score_count)})"
        evidence = (number_text(row.regions_testing), number_text(row.completed), score)
        check = Qt.CheckState.Checked if row.selected else Qt.CheckState.Unchecked
        blanks = (None,) * len(Evidence)
        columns = column_count(len(cells))
        return {
            _ROLE_DISPLAY: (
                None,
                row.title,
                *(
                    "" if c is None else f"{STATUS_SYMBOLS[c.status or '']} {number_text(c.notes)}"
                    for c in cells
                ),
                *evidence,
            ),
            _ROLE_ALIGN: (None, None, *([_CENTER] * (len(cells) + len(Evidence)))),
            _ROLE_BACKGROUND: (
                None,
                None,
                *(self._brushes.get(s or "") for s in statuses),
                *blanks,
            ),
            _ROLE_FOREGROUND: (
                None,
                None,
                *(None if s is None else self._ink for s in statuses),
                *blanks,
            ),
            _ROLE_CHECK: (check, *([None] * (columns - 1))),
            _ROLE_KIND: (int(NodeKind.PRACTICE),) * columns,
        }
