"""File → Backups: the copies beside the database, with date and size; restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DatabaseError
from app.services.backups import BackupInfo, folder_of, list_backups, restore_backup, take_backup
from app.ui.common.list_dialog import ListDialog
from app.ui.common.locale_format import date_time_text
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

# Why a backup was taken (the end of its file name) → words; others are shown as named.
REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "by hand"),
    "automatic": QT_TRANSLATE_NOOP("BackupsDialog", "automatic"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
}
MIGRATION = "before-migration"


def reason_text(info: BackupInfo) -> str:
    if info.reason in REASONS:
        return translate("BackupsDialog", REASONS[info.reason])
    if info.reason.startswith(MIGRATION):
        return translate("BackupsDialog", "before the file was upgraded")
    return info.label


def size_text(size: int) -> str:
    """``1.2 MB`` as the language writes it (KB = 1024 bytes, as file managers say)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsDialog(ListDialog):
    restored = Signal()

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        headers = [
            translate("BackupsDialog", "Taken"),
            translate("BackupsDialog", "Size"),
            translate("BackupsDialog", "Why"),
        ]
        title = translate("BackupsDialog", "Backups")
        super().__init__("backups", title, headers, (640, 380), parent)
        self.database = database
        self.list.setAccessibleName(translate("BackupsDialog", "Backup copies"))
        self.list.setAccessibleDescription(
            translate("BackupsDialog", "When each copy was taken, its size and why")
        )
        self.backup_button = self.add_button(
            translate("BackupsDialog", "&Back Up Now"), "backupNow", self.back_up_now
        )
        self.backup_button.setAccessibleDescription(
            translate("BackupsDialog", "Take a copy of the database now")
        )
        self.restore_button = self.add_button(
            translate("BackupsDialog", "&Restore…"), "backupRestore", self.restore_selected
        )
        self.restore_button.setAccessibleDescription(
            translate("BackupsDialog", "Put the selected copy in place of the current contents")
        )
        folder = self.add_button(
            translate("BackupsDialog", "Open &Folder"),
            "backupFolder",
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder_of(database))),
        )
        folder.setAccessibleDescription(
            translate("BackupsDialog", "Show the folder of the backups in the file manager")
        )
        self.list.itemSelectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        backups = list_backups(self.database)
        count = len(backups)  # a plain name: lupdate reads no expression in translate()
        for info in backups:
            taken = date_time_text(info.taken_at)
            item = self.add_row([taken, size_text(info.size), reason_text(info)], str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fit(3)
        self.list.clearSelection()
        self.intro.setText(
            fill(
                translate(
                    "BackupsDialog",
                    "%n backup(s) in %1. Kept: the newest of each of the last 7 days,"
                    " 4 weeks and 6 months.",
                    None,
                    count,
                ),
                folder_of(self.database),
            )
            if backups
            else translate(
                "BackupsDialog",
                "No backups yet. One is taken when the application starts after a change,"
                " and every day while it runs.",
            )
        )
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def back_up_now(self) -> None:
        try:
            take_backup(self.database, "manual")
        except (OSError, DatabaseError) as error:
            QMessageBox.warning(self, translate("BackupsDialog", "Backup failed"), str(error))
        self.reload()

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        path = Path(self.selected_data()[0])
        answer = QMessageBox.question(
            self,
            translate("BackupsDialog", "Restore this backup?"),
            fill(
                translate(
                    "BackupsDialog",
                    "Replace the current contents with the backup taken %1?\n\n"
                    "The current contents are backed up first, so this can be undone.",
                ),
                items[0].text(0),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restore_backup(self.database, path)
        except (OSError, DatabaseError) as error:
            QMessageBox.warning(self, translate("BackupsDialog", "Restore failed"), str(error))
            return
        self.reload()
        self.restored.emit()
