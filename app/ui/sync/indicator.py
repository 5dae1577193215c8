"""The sync indicator in the status bar: "Synced at 14:32", "N changes not yet synced",
"Offline" or "Refused: why". Hidden for a file that never synced (it has no server).

The server's and the connection's own words (why a record was refused, why the server is out
of reach) come from the services and are shown as they are, inside translated sentences."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.common.locale_format import time_text
from app.ui.common.translation import fill

SHOWN_CHARS = 60  # the whole line is in the tooltip
translate = QCoreApplication.translate


class SyncIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAccessibleName(translate("SyncIndicator", "Sync status"))
        self.synced_at: datetime | None = None
        self.count: int | None = None  # changes the server does not have; None: unknown
        self.problem: tuple[str, str] | None = None  # (shown, whole line)
        self.setVisible(False)

    def counted(self, count: int | None) -> None:
        self.count = count
        self._show()

    def synced(self, at: datetime, refusal: str | None = None) -> None:
        """A sync ended; ``refusal``: why the server refused a record (it stays here)."""
        self.synced_at = at
        self.count = None  # recounted after every sync
        self.problem = None if refusal is None else _refused(refusal)
        self._show()

    def offline(self, line: str) -> None:
        self.problem = (translate("SyncIndicator", "Offline"), line)
        self._show()

    def refused(self, why: str) -> None:
        self.problem = _refused(why)
        self._show()

    def _show(self) -> None:
        at = time_text(self.synced_at) if self.synced_at else ""
        last = fill(translate("SyncIndicator", "Last synced at %1."), at) if at else ""
        count = self.count or 0  # a plain name: lupdate reads no expression in translate()
        waiting = _waiting(count) if count else ""
        waiting_line = (
            translate("SyncIndicator", "%n change(s) wait to be sent.", None, count)
            if count
            else ""
        )
        nothing = translate("SyncIndicator", "Nothing is waiting to be sent.")
        if self.problem is not None:
            text, whole = self.problem
            detail = " ".join(part for part in (whole, waiting_line, last) if part)
        elif self.count:
            text, detail = waiting, last
        elif self.synced_at is not None:
            text, detail = fill(translate("SyncIndicator", "Synced at %1"), at), nothing
        elif self.count == 0:
            text, detail = translate("SyncIndicator", "Synced"), nothing
        else:
            self.setVisible(False)
            return
        self.setText(text)
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self.setVisible(True)


def _waiting(count: int) -> str:
    return translate("SyncIndicator", "%n change(s) not yet synced", None, count)


def _refused(why: str) -> tuple[str, str]:
    whole = fill(translate("SyncIndicator", "Refused: %1"), why)
    short = whole if len(whole) <= SHOWN_CHARS else whole[: SHOWN_CHARS - 1].rstrip() + "…"
    return short, whole
