"""Two versions of a note side by side: the stored one and the one kept from this window."""

from __future__ import annotations

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


def describe(fields: NoteFields, regions: dict[str, str]) -> str:
    scores = " / ".join(
        value or "–"
        for value in (
            fields.score_cluster_initiatives,
            fields.score_development_agencies,
            fields.score_enterprises,
        )
    )
    return (
        f"Region: {regions.get(fields.region_id or '', 'none')}\n"
        f"Date: {fields.date_text}   Status: {fields.status.replace('_', ' ')}\n"
        f"Author: {fields.author}\nOutcome: {fields.outcome}\n"
        f"Added value (clusters / agencies / enterprises): {scores}\n\n{fields.body}"
    )


class CompareDialog(QDialog):
    def __init__(
        self, reader: NotesReader, note_id: str, conflict_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle("Compare versions")
        self.resize(900, 520)
        regions = {region.id: region.label for region in reader.regions()}
        stored = reader.note(note_id)
        kept = next((c for c in reader.open_conflicts(note_id) if c.id == conflict_id), None)
        layout = QGridLayout(self)
        columns = [
            (
                "Stored version" + (f" (revision {stored.revision})" if stored else ""),
                describe(fields_of(stored), regions) if stored else "Deleted for good.",
            ),
            (
                "Your version (kept from " + (kept.origin if kept else "this window") + ")",
                describe(fields_from_json(kept.payload), regions) if kept else "",
            ),
        ]
        for column, (title, text) in enumerate(columns):
            layout.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            layout.addWidget(view, 1, column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 2, 0, 1, 2)
