"""The "Selected for the final catalogue" checkbox of the detail pane.

Shows one practice's flag and, when the person clicks it, writes it through
``app.services.matrix.selection.choose`` under the revision check (the same write as the
matrix's checkbox). Only clicks write: loading a practice never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from app.services.details import PracticeDetail
    from app.services.store import CatalogueStore

translate = QCoreApplication.translate
TEXT = QT_TRANSLATE_NOOP("SelectionToggle", "Selected for the final catalogue")


class SelectionToggle(QCheckBox):
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision
    failed = Signal(str)  # a sentence to show; the box shows the stored state again

    def __init__(self, store: CatalogueStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("SelectionToggle", TEXT), parent)
        self.setObjectName("practiceSelected")
        self.setAccessibleName(translate("SelectionToggle", TEXT))
        self.setAccessibleDescription(
            translate(
                "SelectionToggle",
                "Space ticks or clears it; ticked practices make the final catalogue.",
            )
        )
        self.setToolTip(
            translate(
                "SelectionToggle",
                "Practices ticked here make the final catalogue (File → Export Final Catalogue)",
            )
        )
        self.store = store
        self.practice_id: str | None = None
        self.revision = 0
        self.clicked.connect(self._clicked)
        self.show_practice(None)

    def show_practice(
        self, practice_id: str | None, selected: bool = False, revision: int = 0
    ) -> None:
        """Show a practice's flag as stored at ``revision`` (None: no practice, disabled)."""
        self.practice_id, self.revision = practice_id, revision
        blocked = self.blockSignals(True)
        self.setChecked(selected and practice_id is not None)
        self.blockSignals(blocked)
        self.setEnabled(practice_id is not None)

    def show_detail(self, detail: PracticeDetail | None) -> None:
        if detail is None:
            self.show_practice(None)
        else:
            self.show_practice(detail.id, detail.selected, detail.revision)

    def _clicked(self, checked: bool) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from app.domain.errors import DatabaseError

        if self.practice_id is None:
            return
        try:
            state = self.store.choose_selection(self.practice_id, checked, self.revision)
        except (DatabaseError, SQLAlchemyError) as error:
            self.show_practice(self.practice_id, not checked, self.revision)
            self.failed.emit(
                fill(translate("SelectionToggle", "The selection was not saved: %1"), error)
            )
            return
        self.show_practice(state.practice_id, state.selected, state.revision)
        self.selectionToggled.emit(state.practice_id, state.selected, state.revision)
