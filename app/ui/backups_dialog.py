"""File → Backups: the copies beside the database, with date and size; restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from app.db.errors import DatabaseError
from app.services.backups import folder_of, human_size, list_backups, restore_backup, take_backup


class BackupsDialog(QDialog):
    restored = Signal()

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle("Backups")
        self.resize(640, 380)
        self.database = database
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupsList")
        self.list.setHeaderLabels(["Taken", "Size", "Why"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_button = QPushButton("&Back Up Now")
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        folder = QPushButton("Open &Folder")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder_of(database)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.backup_button, self.restore_button, folder):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        backups = list_backups(self.database)
        for info in backups:
            item = QTreeWidgetItem(
                [
                    f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}",
                    human_size(info.size),
                    info.label,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        plural = "s" if len(backups) != 1 else ""
        self.intro.setText(
            f"{len(backups)} backup{plural} in {folder_of(self.database)}."
            " Kept: the newest of each of the last 7 days, 4 weeks and 6 months."
            if backups
            else "No backups yet. One is taken when the application starts after a change,"
            " and every day while it runs."
        )
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def back_up_now(self) -> None:
        try:
            take_backup(self.database, "manual")
        except (OSError, DatabaseError) as error:
            QMessageBox.warning(self, "Backup failed", str(error))
        self.reload()

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        path = Path(items[0].data(0, Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"Replace the current contents with the backup taken {items[0].text(0)}?\n\n"
            "The current contents are backed up first, so this can be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restore_backup(self.database, path)
        except (OSError, DatabaseError) as error:
            QMessageBox.warning(self, "Restore failed", str(error))
            return
        self.reload()
        self.restored.emit()
