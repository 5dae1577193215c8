"""The notes list of one practice: a table model over ``NoteSummary`` rows, newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.dto import NoteSummary
from app.ui.common.roles import Role
from app.ui.common.status import status_text

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    REGION = 1
    STATUS = 2
    AUTHOR = 3
    TEXT = 4


HEADERS = {
    Column.DATE: "Date",
    Column.REGION: "Region",
    Column.STATUS: "Status",
    Column.AUTHOR: "Author",
    Column.TEXT: "Note",
}


class NotesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteSummary] = []
        self._region: str | None = None
        self._all: list[NoteSummary] = []

    def set_notes(self, notes: list[NoteSummary]) -> None:
        self.beginResetModel()
        self._all = notes
        self._rows = self._filtered()
        self.endResetModel()

    def set_region(self, region_id: str | None) -> None:
        """Show only the notes of one region (None: all)."""
        self.beginResetModel()
        self._region = region_id
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[NoteSummary]:
        if self._region is None:
            return list(self._all)
        return [note for note in self._all if note.region_id == self._region]

    @property
    def total(self) -> int:
        return len(self._all)

    def row_of(self, note_id: str) -> int:
        return next((row for row, note in enumerate(self._rows) if note.id == note_id), -1)

    def note_at(self, row: int) -> NoteSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        note = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                Column.DATE: note.date.isoformat(),
                Column.REGION: note.region_label,
                Column.STATUS: status_text(note.status),
                Column.AUTHOR: note.author,
                Column.TEXT: note.first_line,
            }[Column(index.column())]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{note.region_label}, {note.date.isoformat()}\n{note.first_line}"
        if role == Role.ID:
            return note.id
        return None
