"""When a database file cannot be opened: say what is wrong, never touch it, offer a way on.

The choices: restore the newest backup (the damaged file is kept, renamed, never
overwritten), open another file, start a new database elsewhere, or quit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.backups import BackupInfo, list_backups
from app.ui.common.locale_format import date_time_text
from app.ui.common.translation import fill

translate = QCoreApplication.translate


class Choice(StrEnum):
    RESTORE = "restore"
    OPEN_OTHER = "open"
    NEW_ELSEWHERE = "new"
    QUIT = "quit"


class OpenProblemDialog(QDialog):
    def __init__(self, path: Path | None, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openProblemDialog")
        self.setWindowTitle(translate("OpenProblem", "Practice Catalogue cannot open the database"))
        self.choice = Choice.QUIT
        self.latest: BackupInfo | None = None
        if path is not None and path.parent.is_dir():
            backups = list_backups(path)
            self.latest = backups[0] if backups else None
        # The service's message stays as it came (it names the file); the frame is translated.
        text = QLabel(
            fill(
                translate(
                    "OpenProblem", "<p><b>%1.</b></p><p>Nothing has been changed in that file.</p>"
                ),
                _escape(message),
            )
        )
        text.setObjectName("openProblemMessage")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for choice, label, description in self._choices():
            button = QPushButton(label)
            button.setObjectName(f"openProblem{choice.value.title()}")
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            if choice is Choice.RESTORE:
                button.setEnabled(self.latest is not None)
            layout.addWidget(button)

    def _choices(self) -> list[tuple[Choice, str, str]]:
        """Each way on: the button's text and what it does, in words."""
        restore = (
            fill(
                translate("OpenProblem", "&Restore the Latest Backup (%1)"),
                date_time_text(self.latest.taken_at),
            )
            if self.latest
            else translate("OpenProblem", "&Restore the Latest Backup (none found beside it)")
        )
        return [
            (
                Choice.RESTORE,
                restore,
                translate(
                    "OpenProblem",
                    "The unreadable file is kept under another name; the backup takes its place",
                ),
            ),
            (
                Choice.OPEN_OTHER,
                translate("OpenProblem", "&Open Another File…"),
                translate("OpenProblem", "Choose another database file to open"),
            ),
            (
                Choice.NEW_ELSEWHERE,
                translate("OpenProblem", "Start a &New Database Elsewhere…"),
                translate("OpenProblem", "Create an empty catalogue in a new file"),
            ),
            (
                Choice.QUIT,
                translate("OpenProblem", "&Quit"),
                translate("OpenProblem", "Close Practice Catalogue without changing anything"),
            ),
        ]

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def set_damaged_file_aside(path: Path) -> Path:
    """Rename the unreadable file (and its -wal/-shm) so a backup can take its place."""
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    return aside


def _escape(text: str) -> str:
    from html import escape

    return escape(text.rstrip("."))
