"""The safety room: automatic backups after the first paint, File → Backups, and Help → Check
Database, which runs off the GUI thread with a progress dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.ui.common.translation import fill
from app.ui.core.actions import ActionName

if TYPE_CHECKING:
    from app.services.checking import CheckReport
    from app.ui.core.feature import Shell
    from app.ui.safety.backup_scheduler import BackupScheduler

translate = QCoreApplication.translate


class SafetyFeature(QObject):
    restored = Signal()  # a backup replaced the file's contents

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        self.backups: BackupScheduler | None = None
        self._stopped = False

    def install(self, shell: Shell) -> None:
        shell.registry[ActionName.BACKUPS].triggered.connect(self.show_backups)
        shell.registry[ActionName.CHECK_DATABASE].triggered.connect(self.check_database)

    def start_backups(self) -> None:
        """Back up at start when the file changed, then daily (after the first paint)."""
        from app.ui.safety.backup_scheduler import BackupScheduler

        if self._stopped or self._shell.open_catalogue.read_only or self.backups is not None:
            return
        self.backups = BackupScheduler(self._shell.open_catalogue.path, self)
        self.backups.finished.connect(lambda text: self._shell.show_message(text, 6000))
        self.backups.start()

    def show_backups(self) -> None:
        from app.ui.safety.backups_dialog import BackupsDialog

        self._shell.flush_edits()
        catalogue = self._shell.open_catalogue
        dialog = BackupsDialog(catalogue.path, self._shell.dialog_parent)
        dialog.backup_button.setEnabled(not catalogue.read_only)
        dialog.restored.connect(self.restored)
        dialog.open()

    def check_database(self) -> CheckReport | None:
        """Check the file off the GUI thread, then say what was found."""
        from PySide6.QtWidgets import QMessageBox

        from app.services.checking import check_database
        from app.ui.common.long_task import TaskFailedError, run_long_task
        from app.ui.safety.check_words import check_lines

        self._shell.flush_edits()
        path = self._shell.open_catalogue.path
        parent = self._shell.dialog_parent
        try:
            done, report = run_long_task(
                parent,
                translate("SafetyFeature", "Checking the database…"),
                lambda _progress: check_database(path),
            )
        except TaskFailedError as failure:
            QMessageBox.warning(
                parent,
                translate("SafetyFeature", "Database check"),
                fill(translate("SafetyFeature", "The check could not run: %1."), failure),
            )
            return None
        if not done:
            return None
        box = QMessageBox(parent)
        box.setObjectName("checkReport")
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("SafetyFeature", "Database check"))
        box.setText(
            translate("SafetyFeature", "The database is sound.")
            if report.ok
            else translate("SafetyFeature", "Problems were found.")
        )
        box.setInformativeText("\n".join(check_lines(report.findings)))
        box.open()
        return report  # type: ignore[no-any-return]

    def reload(self) -> None:
        """Nothing to read again: backups are listed when the dialog opens."""

    def shutdown(self) -> None:
        self._stopped = True
        if self.backups is not None:
            self.backups.stop()
