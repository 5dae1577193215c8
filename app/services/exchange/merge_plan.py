"""What an import does (or would do): counts per kind and action, and the changes by name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

LISTED = 1000  # changes listed by name in a preview; the counts are always complete
KINDS = ("categories", "regions", "practices", "notes")


class Action(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


class MergeCancelled(Exception):  # noqa: N818 - the person's choice, not an error
    """Cancelled: nothing was written."""


@dataclass(frozen=True)
class Change:
    kind: str  # "practices" / "notes" / ...
    record_id: str
    action: Action
    label: str


@dataclass
class MergePlan:
    source: str
    counts: dict[str, Counter[Action]] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    queued_for_index: int = 0  # always 0 now: an import composes its search documents itself
    digest: str = ""  # of the file planned from: the import refuses a file that changed
    listed: int = LISTED  # changes named at most (a sync shows only the counts: 0)

    def count(self, action: Action) -> int:
        return sum(counter[action] for counter in self.counts.values())

    def note(self, kind: str, action: Action, record_id: str, label: object) -> None:
        self.counts.setdefault(kind, Counter())[action] += 1
        if action is not Action.UNCHANGED and len(self.changes) < self.listed:
            self.changes.append(Change(kind, record_id, action, str(label)))

    def summary(self) -> list[str]:
        lines = []
        for kind in KINDS:
            counter = self.counts.get(kind, Counter())
            lines.append(
                f"  {kind}: {counter[Action.NEW]} new, {counter[Action.UPDATED]} updated,"
                f" {counter[Action.UNCHANGED]} unchanged, {counter[Action.CONFLICT]} conflicts"
            )
        return lines
