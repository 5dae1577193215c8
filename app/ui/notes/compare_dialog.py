"""Two versions of a note side by side: the stored one and the one kept from this window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.services.notes.fields import NoteFields, fields_from_json, fields_of
from app.services.notes.reader import NotesReader
from app.ui.common.status import status_text
from app.ui.common.translation import fill

translate = QCoreApplication.translate


def _status(value: str) -> str:
    try:
        return status_text(value)
    except ValueError:  # a kept copy from elsewhere may carry a status this version lacks
        return value


def describe(fields: NoteFields, regions: dict[str, str]) -> str:
    """One version of a note as plain text, one field a line, then its text."""
    scores = " / ".join(
        value or "–"
        for value in (
            fields.score_cluster_initiatives,
            fields.score_development_agencies,
            fields.score_enterprises,
        )
    )
    region = regions.get(fields.region_id or "") or translate("CompareDialog", "none")
    lines = [
        fill(translate("CompareDialog", "Region: %1"), region),
        fill(
            translate("CompareDialog", "Date: %1   Status: %2"),
            fields.date_text,
            _status(fields.status),
        ),
        fill(translate("CompareDialog", "Author: %1"), fields.author),
        fill(translate("CompareDialog", "Outcome: %1"), fields.outcome),
        fill(
            translate("CompareDialog", "Added value (clusters / agencies / enterprises): %1"),
            scores,
        ),
    ]
    return "\n".join(lines) + "\n\n" + fields.body


class CompareDialog(QDialog):
    def __init__(
        self, reader: NotesReader, note_id: str, conflict_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("CompareDialog", "Compare versions"))
        self.resize(900, 520)
        regions = {region.id: region.label for region in reader.regions()}
        stored = reader.note(note_id)
        kept = next((c for c in reader.open_conflicts(note_id) if c.id == conflict_id), None)
        layout = QGridLayout(self)
        columns = [
            (
                fill(translate("CompareDialog", "Stored version (revision %1)"), stored.revision)
                if stored
                else translate("CompareDialog", "Stored version"),
                translate("CompareDialog", "Stored version"),
                describe(fields_of(stored), regions)
                if stored
                else translate("CompareDialog", "Deleted for good."),
            ),
            (
                fill(translate("CompareDialog", "Your version (kept from %1)"), kept.origin)
                if kept
                else translate("CompareDialog", "Your version (kept from this window)"),
                translate("CompareDialog", "Your version"),
                describe(fields_from_json(kept.payload), regions) if kept else "",
            ),
        ]
        for column, (title, name, text) in enumerate(columns):
            heading = QLabel(title)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            layout.addWidget(heading, 0, column)
            view = QPlainTextEdit(text)
            view.setObjectName(("compareStored", "compareKept")[column])
            view.setReadOnly(True)
            view.setAccessibleName(name)
            view.setAccessibleDescription(title)
            heading.setBuddy(view)
            layout.addWidget(view, 1, column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 2, 0, 1, 2)
