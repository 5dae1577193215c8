"""Edit → Conflicts: every record kept in two versions (a save that met a newer one, or an
import), to open and settle one by one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.services.catalogue_reader import first_line
from app.services.notes.reader import NotesReader
from app.ui.common.list_dialog import ListDialog


class ConflictsDialog(ListDialog):
    openRequested = Signal(str, str)  # noqa: N815 - Qt signal naming  (entity, record id)

    def __init__(self, reader: NotesReader, parent: QWidget | None = None) -> None:
        headers = ["Record", "Where the other version came from", "Since"]
        super().__init__("conflicts", "Conflicts", headers, (720, 380), parent)
        self.reader = reader
        self.open_button = self.add_button("&Open", "conflictOpen", self._open)
        self.list.itemActivated.connect(lambda *_: self._open())
        self.reload()

    def reload(self) -> int:
        self.list.clear()
        conflicts = self.reader.open_conflicts()
        for conflict in conflicts:
            since = f"{conflict.created_at.astimezone():%Y-%m-%d %H:%M}"
            label = self._label(conflict.entity, conflict.record_id)
            self.add_row([label, conflict.origin, since], (conflict.entity, conflict.record_id))
        self.fit(1)
        self.intro.setText(
            f"{len(conflicts)} record(s) exist in two versions. Open one to compare them and"
            " choose; until then both are kept."
            if conflicts
            else "No conflicts: every record has one version."
        )
        self.open_button.setEnabled(bool(conflicts))
        return len(conflicts)

    def _label(self, entity: str, record_id: str) -> str:
        if entity == "practice":
            detail = self.reader.practice_detail(record_id)
            return f"Practice: {detail.title}" if detail else "Practice (gone)"
        note = self.reader.note(record_id)
        if note is None:
            return "Note (deleted for good)"
        practice = self.reader.practice_detail(note.practice_id)
        text = first_line(note.body) or note.outcome or note.date.isoformat()
        return f"Note on {practice.title if practice else '?'} ({note.region_label}): {text}"

    def _open(self) -> None:
        chosen = self.current_data()
        if chosen is None:
            return
        entity, record_id = chosen
        self.accept()
        self.openRequested.emit(entity, record_id)
