"""The bar shown above the editor when a save met a newer version of the note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.enums import ConflictChoice
from app.ui.common.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

EDITED_HERE = QT_TRANSLATE_NOOP(
    "ConflictBar", "This note was changed elsewhere while you edited it. Both versions are kept."
)
IMPORTED = QT_TRANSLATE_NOOP(
    "ConflictBar",
    "An import found this note changed on both sides. The version edited last is shown;"
    " the other is kept as a copy.",
)
# The buttons' words, in ConflictChoice order (mine, theirs, both): for this window's own edit,
# and for the two sides an import met.
EDITED_LABELS = (
    QT_TRANSLATE_NOOP("ConflictBar", "Keep &mine"),
    QT_TRANSLATE_NOOP("ConflictBar", "Keep &theirs"),
    QT_TRANSLATE_NOOP("ConflictBar", "Keep &both"),
)
IMPORTED_LABELS = (
    QT_TRANSLATE_NOOP("ConflictBar", "Use the &Other Version"),
    QT_TRANSLATE_NOOP("ConflictBar", "Keep &This One"),
    QT_TRANSLATE_NOOP("ConflictBar", "Keep &Both"),
)
EDITED_TIPS = (
    QT_TRANSLATE_NOOP("ConflictBar", "Save your version over the other one"),
    QT_TRANSLATE_NOOP("ConflictBar", "Show the other version; yours stays on record"),
    QT_TRANSLATE_NOOP("ConflictBar", "Save your version as a separate note"),
)
IMPORTED_TIPS = (
    QT_TRANSLATE_NOOP("ConflictBar", "Put the version kept aside in place of the one shown"),
    QT_TRANSLATE_NOOP("ConflictBar", "Keep the version shown; the other stays on record"),
    QT_TRANSLATE_NOOP("ConflictBar", "Add the version kept aside as a separate note"),
)


class ConflictBar(QFrame):
    chosen = Signal(str)  # a ConflictChoice value
    compareRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteConflictBar")
        self.setAccessibleName(translate("ConflictBar", "Conflict"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#noteConflictBar { background: #fff4d6; border: 1px solid #e0b84c; }")
        self.message = QLabel(translate("ConflictBar", EDITED_HERE))
        self.message.setObjectName("noteConflictMessage")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        self.buttons: dict[ConflictChoice, QPushButton] = {}
        self.compare = QPushButton(translate("ConflictBar", "&Compare…"))
        self.compare.setObjectName("conflictCompare")
        self.compare.setToolTip(translate("ConflictBar", "Show the two versions side by side"))
        self.compare.setAccessibleDescription(self.compare.toolTip())
        self.compare.clicked.connect(self.compareRequested)
        layout.addWidget(self.compare)
        for choice in ConflictChoice:
            button = QPushButton()
            self.buttons[choice] = button
            button.setObjectName(f"conflict{choice.value.title()}")
            button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c.value))
            layout.addWidget(button)
        self._word_buttons(EDITED_LABELS, EDITED_TIPS)
        self.conflict_id: str | None = None
        self.hide()

    def focus_chain(self) -> list[QWidget]:
        """The bar's buttons in the order Tab visits them."""
        return [self.compare, *self.buttons.values()]

    def show_conflict(self, conflict_id: str, origin: str = "") -> None:
        """``origin`` tells whose the kept copy is: this window's unsaved edit, or an import's
        other version; the words on the buttons follow. (A button's accessible name is its
        text without the ``&``, as Qt reads it.)"""
        self.conflict_id = conflict_id
        imported = origin.startswith("import")
        self.message.setText(translate("ConflictBar", IMPORTED if imported else EDITED_HERE))
        if imported:
            self._word_buttons(IMPORTED_LABELS, IMPORTED_TIPS)
        else:
            self._word_buttons(EDITED_LABELS, EDITED_TIPS)
        self.show()

    def _word_buttons(self, labels: tuple[str, ...], tips: tuple[str, ...]) -> None:
        for choice, label, tip in zip(ConflictChoice, labels, tips, strict=True):
            button = self.buttons[choice]
            button.setText(translate("ConflictBar", label))
            button.setToolTip(translate("ConflictBar", tip))
            button.setAccessibleDescription(button.toolTip())

    def clear(self) -> None:
        self.conflict_id = None
        self.hide()
