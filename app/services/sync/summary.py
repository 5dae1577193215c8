"""What a sync did, as plain frozen values for the command line and the window."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.services.exchange.merge_plan import Action


class SyncCancelled(Exception):  # noqa: N818 - the person's choice, not an error
    """Cancelled: what was pushed stays pushed (and noted); the pull was rolled back."""


@dataclass(frozen=True)
class Direction:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0

    def line(self) -> str:
        text = (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged,"
            f" {self.conflicts} conflicts"
        )
        return text + (f", {self.refused} refused" if self.refused else "")


@dataclass(frozen=True)
class Refusal:
    kind: str  # "notes", "practices", ...
    record_id: str
    label: str  # the record as a person recognises it
    reason: str


@dataclass(frozen=True)
class SyncSummary:
    server: str  # the address, without a password
    sent: Direction
    received: Direction
    refused: tuple[Refusal, ...] = ()
    full: bool = False  # the server was not the one last synced with: everything went again

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, counts: Counter[Action] | Counter[str]) -> None:
        self.counts.update({str(key): value for key, value in counts.items()})

    def frozen(self) -> Direction:
        c = self.counts
        return Direction(
            new=c[Action.NEW.value],
            updated=c[Action.UPDATED.value],
            unchanged=c[Action.UNCHANGED.value],
            conflicts=c[Action.CONFLICT.value],
            refused=c["refused"],
        )
