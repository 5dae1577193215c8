"""The filter box: a line edit that clears on Esc and hands focus to the tree on Down/Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SYNTAX_HELP = (
    "Type words to filter practices and their test notes (all words must match).\n"
    '"quoted phrase" — those words in that order\n'
    "-word — leave out practices that mention it\n"
    "category:expansion  region:tartu  status:completed  type:partnership\n"
    "Case and accents do not matter. Esc clears the filter."
)


class FilterEdit(QLineEdit):
    leaveDown = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterEdit")
        self.setAccessibleName("filterEdit")
        self.setAccessibleDescription("Filter the catalogue; see the tooltip for the syntax")
        self.setPlaceholderText("Filter practices and notes…  (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.setToolTip(SYNTAX_HELP)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)
