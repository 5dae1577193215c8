"""The order list of the field-test matrix: how practices are ordered within each category.

``ORDERS`` names catalogue order, then most evidence (or the selected) first; each is a sort
of one column of the table (``sort_column``). A click on another column's header shows as
one more entry, "By <column> ↑/↓", until the next choice (``OrderBox.show_order``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.matrix import SortBy
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill
from app.ui.matrix.columns import EVIDENCE_SORT, SORTED_EVIDENCE, Column, Evidence
from app.ui.matrix.labels import named

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.ui.matrix.model import MatrixModel

CATALOGUE = "catalogue"
# Labels marked here, translated where shown: translate("MatrixOrder", label).
ORDERS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("MatrixOrder", "Catalogue order"), CATALOGUE),
    (QT_TRANSLATE_NOOP("MatrixOrder", "Most regions testing"), SortBy.REGIONS),
    (QT_TRANSLATE_NOOP("MatrixOrder", "Most completed tests"), SortBy.COMPLETED),
    (QT_TRANSLATE_NOOP("MatrixOrder", "Highest mean score"), SortBy.SCORE),
    (QT_TRANSLATE_NOOP("MatrixOrder", "Selected first"), SortBy.SELECTED),
]


class OrderBox(QComboBox):
    chosen = Signal(str)  # an entry of ORDERS: CATALOGUE or a SortBy value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(
            self,
            "matrixOrder",
            translate("MatrixOrder", "Order"),
            translate("MatrixOrder", "Order of the practices within each category"),
        )
        for label, _which in ORDERS:
            self.addItem(translate("MatrixOrder", label))
        self.currentIndexChanged.connect(self._chosen)

    def show_order(self, which: str | None, title: str, descending: bool) -> None:
        """Show the order of a header click without choosing it again: ``which`` entry of
        ORDERS, or when None, "By ``title``" and its direction."""
        position = next((i for i, (_label, w) in enumerate(ORDERS) if w == which), -1)
        blocked = self.blockSignals(True)
        if self.count() > len(ORDERS):
            self.removeItem(len(ORDERS))
        if position < 0:
            if descending:
                self.addItem(fill(translate("MatrixOrder", "By %1 ↓"), title))
            else:
                self.addItem(fill(translate("MatrixOrder", "By %1 ↑"), title))
            position = len(ORDERS)
        self.setCurrentIndex(position)
        self.blockSignals(blocked)

    def _chosen(self, position: int) -> None:
        if 0 <= position < len(ORDERS):
            self.chosen.emit(ORDERS[position][1])


def sort_column(which: str, model: MatrixModel) -> tuple[int, Qt.SortOrder]:
    """The column and direction that ``which`` entry of ORDERS sorts."""
    if which == CATALOGUE:
        return Column.PRACTICE, Qt.SortOrder.AscendingOrder
    if which == SortBy.SELECTED:
        return Column.SELECTED, Qt.SortOrder.DescendingOrder
    return model.evidence_column(SORTED_EVIDENCE[which]), Qt.SortOrder.DescendingOrder


def order_of(column: int, descending: bool, model: MatrixModel) -> str | None:
    """The entry of ORDERS that sorting ``column`` is (None: none of them)."""
    if column == Column.PRACTICE:
        return None if descending else CATALOGUE
    if column == Column.SELECTED:
        return SortBy.SELECTED if descending else None
    evidence = column - model.evidence_column(Evidence.REGIONS)
    if descending and 0 <= evidence < len(Evidence):
        return EVIDENCE_SORT[Evidence(evidence)]
    return None
