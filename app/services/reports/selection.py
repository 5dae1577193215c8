"""What a report covers: the whole catalogue, one category, one practice, one region, a period,
the practices selected for the final catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class SelectionError(ValueError):
    """A selection that names nothing in the database, or contradicts itself; ``str()`` is
    the sentence to show."""


@dataclass(frozen=True, slots=True)
class ReportSelection:
    """Filters shared by every report; ``None`` means "no limit".

    ``category_id`` and ``practice_id`` limit the practices. ``region_id`` limits the notes to
    that region and, in the PDF, the practices to those with notes there. ``since`` and
    ``until`` (inclusive) limit the notes by their date. ``selected_only`` limits the
    practices to those selected for the final catalogue (``practices.selected``); the PDF
    then adds each practice's evidence. Notes in the trash are never reported.
    """

    region_id: str | None = None
    practice_id: str | None = None
    category_id: str | None = None
    since: date | None = None
    until: date | None = None
    selected_only: bool = False

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise SelectionError(
                f"the period starts ({self.since.isoformat()}) after it ends"
                f" ({self.until.isoformat()})"
            )

    @property
    def everything(self) -> bool:
        """True when nothing is filtered out (but the trash)."""
        return self == ReportSelection()
