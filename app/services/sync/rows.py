"""The synced tables' columns, read from either side as exchange records.

A record here is exactly what an exchange file holds (``app.services.exchange.records``), so
the merge rules can take it from the server or from the laptop alike. Conflict copies travel
too (both versions of a conflict are kept on every side), as plain rows.
"""

from __future__ import annotations

import json
from typing import Any

from app.services.exchange.merge_rules import CONTENT

KINDS = ("categories", "regions", "practices", "notes", "conflicts")
MERGED = ("practices", "notes")  # kinds with version vectors
LAPTOP_TABLES = {"notes": "test_notes"}
COLUMNS: dict[str, tuple[str, ...]] = {
    "categories": ("id", "name", "description", "position"),
    "regions": ("id", "name", "country", "partner_organisation", "lead_partner"),
    "practices": ("id", *CONTENT["practices"], "created_at", "updated_at", "revision", "versions"),
    "notes": ("id", *CONTENT["notes"], "created_at", "updated_at", "revision", "versions"),
    "conflicts": (
        "id", "entity", "record_id", "payload", "base_revision", "origin", "created_at",
        "resolved_at",
    ),
}  # fmt: skip
_UUIDS = {"id", "category_id", "origin_region_id", "practice_id", "region_id", "record_id"}
_TIMES = {"created_at", "updated_at", "deleted_at", "resolved_at"}
_BOOLEANS = {"selected", "lead_partner"}
# The stored form of a timestamp everywhere (app.domain.timestamps.format_utc).
_UTC_TEXT = "to_char({0} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"


def laptop_table(kind: str) -> str:
    return LAPTOP_TABLES.get(kind, kind)


def server_select(kind: str, alias: str = "") -> str:
    """The columns of ``kind`` as the server should hand them: ids, dates and times as text
    in the laptops' forms."""
    prefix = f"{alias}." if alias else ""
    parts = []
    for name in COLUMNS[kind]:
        column = f"{prefix}{name}"
        if name in _TIMES:
            parts.append(_UTC_TEXT.format(column))
        elif name in _UUIDS or name in ("date", "versions"):
            parts.append(f"{column}::text")
        else:
            parts.append(column)
    return ", ".join(parts)


def record_of(kind: str, row: tuple[Any, ...]) -> dict[str, Any]:
    """A row read with ``server_select`` or ``laptop_select`` → an exchange record."""
    record = dict(zip(COLUMNS[kind], row, strict=True))
    if "versions" in record:
        record["versions"] = json.loads(record["versions"] or "{}")
    for name in _BOOLEANS & record.keys():
        record[name] = bool(record[name])
    return record


def laptop_select(kind: str, alias: str = "t") -> str:
    return ", ".join(f"{alias}.{name}" for name in COLUMNS[kind])


def laptop_mark(kind: str, alias: str = "t") -> str:
    """What changes in a laptop row whenever it must be pushed again (SQL)."""
    if kind in MERGED:
        return f"{alias}.versions || '|' || {alias}.updated_at"
    if kind == "conflicts":
        return f"coalesce({alias}.resolved_at, '')"
    return "''"  # categories and regions are only ever added


def label(kind: str, record: dict[str, Any]) -> str:
    """A record as a person recognises it, for messages."""
    short = str(record["id"])[:8]
    if kind == "notes":
        text = (record.get("body") or "").strip().splitlines()
        words = text[0][:40] if text else str(record.get("outcome") or f"of {record['date']}")
        return f"note {short} '{words}'"
    if kind == "practices":
        return f"practice {short} '{record.get('title', '')}'"
    if kind == "conflicts":
        return f"conflict copy {short} of {record.get('entity')} {str(record['record_id'])[:8]}"
    return f"{kind[:-1].replace('categorie', 'category')} {short} '{record.get('name', '')}'"
