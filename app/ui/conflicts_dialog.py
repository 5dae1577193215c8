"""Edit → Conflicts: every record kept in two versions (a save that met a newer one, or an
import), to open and settle one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue_reader import NotesReader, first_line


class ConflictsDialog(QDialog):
    openRequested = Signal(str, str)  # noqa: N815 - Qt signal naming  (entity, record id)

    def __init__(self, reader: NotesReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle("Conflicts")
        self.resize(720, 380)
        self.reader = reader
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("conflictsList")
        self.list.setHeaderLabels(["Record", "Where the other version came from", "Since"])
        self.list.setRootIsDecorated(False)
        self.list.itemActivated.connect(lambda *_: self._open())
        self.open_button = QPushButton("&Open")
        self.open_button.setObjectName("conflictOpen")
        self.open_button.clicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> int:
        self.list.clear()
        conflicts = self.reader.open_conflicts()
        for conflict in conflicts:
            label = self._label(conflict.entity, conflict.record_id)
            item = QTreeWidgetItem(
                [label, conflict.origin, f"{conflict.created_at.astimezone():%Y-%m-%d %H:%M}"]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (conflict.entity, conflict.record_id))
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.intro.setText(
            f"{len(conflicts)} record(s) exist in two versions. Open one to compare them and"
            " choose; until then both are kept."
            if conflicts
            else "No conflicts: every record has one version."
        )
        self.open_button.setEnabled(bool(conflicts))
        if conflicts:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]
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
        item = self.list.currentItem()
        if item is None:
            return
        entity, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.accept()
        self.openRequested.emit(entity, record_id)
