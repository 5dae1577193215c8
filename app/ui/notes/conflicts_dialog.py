"""Edit → Conflicts: every record kept in two versions (a save that met a newer one, or an
import), to open and settle one by one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.services.catalogue_reader import first_line
from app.services.notes.reader import NotesReader
from app.ui.common.list_dialog import ListDialog
from app.ui.common.locale_format import date_text, date_time_text
from app.ui.common.translation import fill

translate = QCoreApplication.translate


class ConflictsDialog(ListDialog):
    openRequested = Signal(str, str)  # noqa: N815 - Qt signal naming  (entity, record id)

    def __init__(self, reader: NotesReader, parent: QWidget | None = None) -> None:
        headers = [
            translate("ConflictsDialog", "Record"),
            translate("ConflictsDialog", "Where the other version came from"),
            translate("ConflictsDialog", "Since"),
        ]
        title = translate("ConflictsDialog", "Conflicts")
        super().__init__("conflicts", title, headers, (720, 380), parent)
        self.reader = reader
        self.list.setAccessibleName(translate("ConflictsDialog", "Records in two versions"))
        self.list.setAccessibleDescription(
            translate("ConflictsDialog", "Enter opens the chosen record to compare and settle it")
        )
        self.open_button = self.add_button(
            translate("ConflictsDialog", "&Open"), "conflictOpen", self._open
        )
        self.list.itemActivated.connect(lambda *_: self._open())
        self.reload()

    def reload(self) -> int:
        self.list.clear()
        conflicts = self.reader.open_conflicts()
        for conflict in conflicts:
            since = date_time_text(conflict.created_at)
            label = self._label(conflict.entity, conflict.record_id)
            self.add_row([label, conflict.origin, since], (conflict.entity, conflict.record_id))
        self.fit(2)  # the second heading is long (longer still once translated)
        self.intro.setText(
            translate(
                "ConflictsDialog",
                "%n record(s) exist in two versions. Open one to compare them and choose;"
                " until then both are kept.",
                None,
                len(conflicts),
            )
            if conflicts
            else translate("ConflictsDialog", "No conflicts: every record has one version.")
        )
        self.open_button.setEnabled(bool(conflicts))
        return len(conflicts)

    def _label(self, entity: str, record_id: str) -> str:
        if entity == "practice":
            detail = self.reader.practice_detail(record_id)
            if detail is None:
                return translate("ConflictsDialog", "Practice (gone)")
            return fill(translate("ConflictsDialog", "Practice: %1"), detail.title)
        note = self.reader.note(record_id)
        if note is None:
            return translate("ConflictsDialog", "Note (deleted for good)")
        practice = self.reader.practice_detail(note.practice_id)
        text = first_line(note.body) or note.outcome or date_text(note.date)
        return fill(
            translate("ConflictsDialog", "Note on %1 (%2): %3"),
            practice.title if practice else "?",
            note.region_label,
            text,
        )

    def _open(self) -> None:
        chosen = self.current_data()
        if chosen is None:
            return
        entity, record_id = chosen
        self.accept()
        self.openRequested.emit(entity, record_id)
