"""The sync indicator in the status bar: "Synced at 14:32", "N changes not yet synced",
"Offline" or "Refused: why". Hidden for a file that never synced (it has no server)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

SHOWN_CHARS = 60  # the whole line is in the tooltip


class SyncIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAccessibleName("Sync status")
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
        self.problem = ("Offline", line)
        self._show()

    def refused(self, why: str) -> None:
        self.problem = _refused(why)
        self._show()

    def _show(self) -> None:
        last = f"Last synced at {self.synced_at:%H:%M}." if self.synced_at else ""
        waiting = _waiting(self.count) if self.count else ""
        if self.problem is not None:
            text, whole = self.problem
            detail = " ".join(part for part in (whole, waiting and f"{waiting}.", last) if part)
        elif self.count:
            text, detail = waiting, last
        elif self.synced_at is not None:
            text, detail = f"Synced at {self.synced_at:%H:%M}", "Nothing is waiting to be sent."
        elif self.count == 0:
            text, detail = "Synced", "Nothing is waiting to be sent."
        else:
            self.setVisible(False)
            return
        self.setText(text)
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self.setVisible(True)


def _waiting(count: int) -> str:
    return f"{count} change{'s' if count != 1 else ''} not yet synced"


def _refused(why: str) -> tuple[str, str]:
    whole = f"Refused: {why}"
    short = whole if len(whole) <= SHOWN_CHARS else whole[: SHOWN_CHARS - 1].rstrip() + "…"
    return short, whole
