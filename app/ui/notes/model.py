"""The notes list of one practice: a table model over ``NoteSummary`` rows, newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.ui.common.locale_format import date_text
from app.ui.common.roles import Role
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from app.services.notes.views import NoteSummary

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    REGION = 1
    STATUS = 2
    AUTHOR = 3
    TEXT = 4


HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("NotesModel", "Date"),
    Column.REGION: QT_TRANSLATE_NOOP("NotesModel", "Region"),
    Column.STATUS: QT_TRANSLATE_NOOP("NotesModel", "Status"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("NotesModel", "Author"),
    Column.TEXT: QT_TRANSLATE_NOOP("NotesModel", "Note"),
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
            return translate("NotesModel", HEADERS[Column(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        note = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DATE: date_text(note.date),
                Column.REGION: note.region_label,
                Column.STATUS: _status(note.status),
                Column.AUTHOR: note.author,
                Column.TEXT: note.first_line,
            }[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(note, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                translate(
                    "NotesModel", "%1, %2\n%3", "tooltip: region, date, first line of the note"
                ),
                note.region_label,
                date_text(note.date, long=True),
                note.first_line,
            )
        if role == Role.ID:
            return note.id
        return None


def _spoken(note: NoteSummary, column: Column) -> str:
    """What a screen reader says for a cell: the date in words, the status without its
    symbol, and something rather than silence for an empty author or text."""
    if column is Column.DATE:
        return date_text(note.date, long=True)
    if column is Column.STATUS:
        from app.ui.common.status import STATUS_SYMBOLS

        return _status(note.status).removeprefix(STATUS_SYMBOLS.get(note.status, "")).strip()
    if column is Column.REGION:
        return note.region_label
    if column is Column.AUTHOR:
        return note.author or translate("NotesModel", "No author")
    return note.first_line or translate("NotesModel", "No text")


def _status(value: str) -> str:
    """The status in words (its module, and the domain's enums, load when notes are first
    listed: not before the first paint)."""
    from app.ui.common.status import status_text

    return status_text(value)
