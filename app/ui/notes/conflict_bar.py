"""The bar shown above the editor when a save met a newer version of the note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.enums import ConflictChoice


class ConflictBar(QFrame):
    chosen = Signal(str)  # a ConflictChoice value
    compareRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteConflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#noteConflictBar { background: #fff4d6; border: 1px solid #e0b84c; }")
        self.message = QLabel(
            "This note was changed elsewhere while you edited it. Both versions are kept."
        )
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        self.buttons: dict[ConflictChoice, QPushButton] = {}
        compare = QPushButton("&Compare…")
        compare.clicked.connect(self.compareRequested)
        layout.addWidget(compare)
        for text, choice, tip in (
            ("Keep &mine", ConflictChoice.MINE, "Save your version over the other one"),
            (
                "Keep &theirs",
                ConflictChoice.THEIRS,
                "Show the other version; yours stays on record",
            ),
            ("Keep &both", ConflictChoice.BOTH, "Save your version as a separate note"),
        ):
            button = QPushButton(text)
            self.buttons[choice] = button
            button.setObjectName(f"conflict{choice.value.title()}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c.value))
            layout.addWidget(button)
        self.conflict_id: str | None = None
        self.hide()

    def show_conflict(self, conflict_id: str, origin: str = "") -> None:
        """``origin`` tells whose the kept copy is: this window's unsaved edit, or an import's
        other version; the words on the buttons follow."""
        self.conflict_id = conflict_id
        imported = origin.startswith("import")
        self.message.setText(
            "An import found this note changed on both sides. The version edited last is"
            " shown; the other is kept as a copy."
            if imported
            else "This note was changed elsewhere while you edited it. Both versions are kept."
        )
        labels = (
            ("Use the &Other Version", "Keep &This One", "Keep &Both")
            if imported
            else ("Keep &mine", "Keep &theirs", "Keep &both")
        )
        for choice, label in zip(ConflictChoice, labels, strict=True):
            self.buttons[choice].setText(label)
        self.show()

    def clear(self) -> None:
        self.conflict_id = None
        self.hide()
