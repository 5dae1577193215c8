"""UTC timestamps as fixed-width ISO 8601 text (``2026-11-27T19:02:25.123456Z``).

Text sorts in time order and reads the same from SQLAlchemy, the stdlib ``sqlite3`` read path
and exchange files. No SQLAlchemy here: the start-up path parses timestamps too.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_utc(moment: datetime) -> str:
    """A naive datetime is refused, never guessed."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return moment.astimezone(UTC)
