"""File → Backups: the copies beside the database, with date and size; restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DatabaseError
from app.services.backups import folder_of, human_size, list_backups, restore_backup, take_backup
from app.ui.common.list_dialog import ListDialog


class BackupsDialog(ListDialog):
    restored = Signal()

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__("backups", "Backups", ["Taken", "Size", "Why"], (640, 380), parent)
        self.database = database
        self.backup_button = self.add_button("&Back Up Now", "backupNow", self.back_up_now)
        self.restore_button = self.add_button("&Restore…", "backupRestore", self.restore_selected)
        self.add_button(
            "Open &Folder",
            "backupFolder",
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder_of(database))),
        )
        self.list.itemSelectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        backups = list_backups(self.database)
        for info in backups:
            taken = f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}"
            item = self.add_row([taken, human_size(info.size), info.label], str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fit(3)
        self.list.clearSelection()
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
        path = Path(self.selected_data()[0])
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
