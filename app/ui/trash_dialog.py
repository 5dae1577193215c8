"""Edit → Trash: deleted notes, restorable one by one; emptying asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue_reader import NotesReader
from app.ui.backend import Backend


class TrashDialog(QDialog):
    changed = Signal()

    def __init__(
        self, reader: NotesReader, backend: Backend, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle("Trash")
        self.resize(760, 420)
        self.reader = reader
        self.backend = backend
        self.summary = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("trashList")
        self.list.setHeaderLabels(["Practice", "Region", "Date", "Note", "Deleted"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton("&Empty Trash…")
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.clicked.connect(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        notes = self.reader.trashed_notes()
        for note in notes:
            item = QTreeWidgetItem(
                [
                    note.practice_title,
                    note.region_label,
                    note.date.isoformat(),
                    note.first_line,
                    f"{note.deleted_at.astimezone():%Y-%m-%d %H:%M}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, note.id)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.summary.setText(
            f"{len(notes)} deleted note{'s' if len(notes) != 1 else ''}. "
            "Restore brings a note back to its practice."
            if notes
            else "The trash is empty."
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.topLevelItemCount() > 0)

    def restore_selected(self) -> None:
        for item in self.list.selectedItems():
            self.backend.notes.restore(item.data(0, Qt.ItemDataRole.UserRole))
        self.reload()
        self.changed.emit()

    def empty(self) -> None:
        count = self.list.topLevelItemCount()
        answer = QMessageBox.question(
            self,
            "Empty the trash?",
            f"Delete {count} note{'s' if count != 1 else ''} for good? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.backend.notes.empty_trash()
            self.reload()
            self.changed.emit()
