"""The practices selected for the final catalogue, as the field-test matrix knows them.

Counting the selected practices costs a scan of every practice, so the exact set comes with
each ``EvidenceSummary``; in between, ``SelectedTally`` follows the selections written from
this window. One written while a summary is being counted may be missing from that summary:
then the tally keeps its own count until the next one.

``write_selection`` is the write behind a tick in the matrix: ``choose`` under the revision
check, the same write as the detail pane's checkbox.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.matrix import EvidenceSummary, MatrixRow
from app.ui.common.translation import fill

if TYPE_CHECKING:
    from app.services.matrix.selection import SelectionState
    from app.services.store import CatalogueStore


class SelectedTally:
    """The selected keys and their count, and whether a summary may have missed a write."""

    def __init__(self) -> None:
        self.count = 0
        self.keys: set[int] = set()  # sorting by "selected" uses them
        self._toggles = self._toggles_at_request = 0  # selections written from this window

    def requested(self) -> None:
        """A new summary is being counted: selections from now on may be missing from it."""
        self._toggles_at_request = self._toggles

    def counted(self, summary: EvidenceSummary | None) -> bool:
        """Take the selection of a new summary; True when the count changed."""
        if summary is None:
            self.keys = set()
            return False
        if self._toggles != self._toggles_at_request:
            return False
        self.keys = set(summary.selected)
        if len(self.keys) == self.count:
            return False
        self.count = len(self.keys)
        return True

    def toggled(self, key: int, selected: bool, was: bool | None = None) -> bool:
        """A selection was written from this window; True when the count changed."""
        self._toggles += 1
        if was is None:
            was = key in self.keys
        (self.keys.add if selected else self.keys.discard)(key)
        if selected == was:
            return False
        self.count = max(0, self.count + (1 if selected else -1))
        return True


def write_selection(store: CatalogueStore, row: MatrixRow, wanted: bool) -> SelectionState | str:
    """Write ``wanted`` for the practice of ``row`` (as last read): the state now stored,
    or a sentence saying why nothing was written."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.domain.errors import DatabaseError

    try:
        return store.choose_selection(row.id, wanted, row.revision)
    except (DatabaseError, SQLAlchemyError) as error:
        text = QCoreApplication.translate("Matrix", "“%1” could not be marked: %2")
        return fill(text, row.title, error)
