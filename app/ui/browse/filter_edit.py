"""The filter box: a line edit that clears on Esc and hands focus to the tree on Down/Enter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

SYNTAX_HELP = (
    #: Keep "category:expansion  region:tartu…" as it is: the query words are English in
    #: every language. "quoted phrase" and "-word" may be translated.
    QT_TRANSLATE_NOOP(
        "FilterEdit",
        "Type words to filter practices and their test notes (all words must match).\n"
        '"quoted phrase" — those words in that order\n'
        "-word — leave out practices that mention it\n"
        "category:expansion  region:tartu  status:completed  type:partnership\n"
        "Case and accents do not matter. Esc clears the filter.",
    )
)


def syntax_help() -> str:
    """The filter syntax in the installed language (the box's tooltip, Help → Filter Syntax)."""
    return translate("FilterEdit", SYNTAX_HELP)


def find_shortcut() -> str:
    """The Find shortcut as this platform writes it (Ctrl+F, ⌘F)."""
    return QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class FilterEdit(QLineEdit):
    leaveDown = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterEdit")
        self.setAccessibleName(translate("FilterEdit", "Filter practices"))
        self.setAccessibleDescription(
            translate(
                "FilterEdit",
                "Shows only the practices whose titles, texts or test notes hold every word"
                " typed; case and accents are ignored. Down or Enter moves into the tree,"
                " Esc clears the filter.",
            )
        )
        self.setPlaceholderText(
            fill(translate("FilterEdit", "Filter practices and notes…  (%1)"), find_shortcut())
        )
        self.setClearButtonEnabled(True)
        self.setToolTip(syntax_help())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)
