"""Reading an exchange file, and refusing it as a whole when anything in it is wrong.

Every problem is reported with where it is: ``notes[12] (id 0b5c…).date: '2012-13-01' is not
a date (YYYY-MM-DD)``. Nothing is written here; the merge starts only with a document that
passed every check (references to records in the database are checked by the merge).
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.enums import SCORE_MAX, SCORE_MIN, NoteStatus, ServiceType
from app.domain.timestamps import format_utc, parse_utc
from app.services.exchange import FORMAT_NAME, FORMAT_VERSION

MAX_BYTES = 1 << 30  # 1 GiB: about two million notes; anything larger is refused
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")

Record = dict[str, Any]
Check = Callable[[Any], str | None]  # returns a problem, or None


class ExchangeError(ValueError):
    """The file cannot be imported; ``str()`` says what is wrong and where."""


@dataclass
class ExchangeDocument:
    name: str
    categories: list[Record] = field(default_factory=list)
    regions: list[Record] = field(default_factory=list)
    practices: list[Record] = field(default_factory=list)
    notes: list[Record] = field(default_factory=list)


# -- field checks -----------------------------------------------------------------------


def _uuid(value: Any) -> str | None:
    if isinstance(value, str) and _UUID.match(value):
        return None
    return f"{value!r} is not an id (a lower-case UUID)"


def _text(limit: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{value!r} is not text"
        if required and not value.strip():
            return "is empty"
        if len(value) > limit:
            return f"is {len(value):,} characters long (at most {limit:,})"
        return None

    return check


def _integer(minimum: int | None = None) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{value!r} is not a whole number"
        if minimum is not None and value < minimum:
            return f"{value} is below {minimum}"
        return None

    return check


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"{value!r} is not true or false"


def _one_of(values: set[str]) -> Check:
    def check(value: Any) -> str | None:
        if value in values:
            return None
        return f"{value!r} is not one of {', '.join(sorted(values))}"

    return check


def _date(value: Any) -> str | None:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return f"{value!r} is not a date (YYYY-MM-DD)"
    return None if len(value) == 10 else f"{value!r} is not a date (YYYY-MM-DD)"


def _timestamp(value: Any) -> str | None:
    if isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            datetime.fromisoformat(value[:19])  # the pattern checked the rest
            return None
        except ValueError:
            pass
    return f"{value!r} is not a UTC time such as 2026-11-27T19:02:25Z"


def _score(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        return f"{value!r} is not a score from {SCORE_MIN} to {SCORE_MAX} (or null)"
    return None


def _versions(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"{value!r} is not an object of edit counts"
    for key, count in value.items():
        if not isinstance(key, str) or not key or isinstance(count, bool):
            return f"{key!r} is not a replica id"
        if not isinstance(count, int) or count < 0:
            return f"the count for {key!r} is not a whole number of edits"
    return None


def _country(value: Any) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value):
        return None
    return f"{value!r} is not a two-letter country code"


def _nullable(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


FIELDS: dict[str, dict[str, tuple[Check, bool]]] = {  # kind -> field -> (check, required)
    "categories": {
        "id": (_uuid, True),
        "name": (_text(200, required=True), True),
        "description": (_text(1_000_000), True),
        "position": (_integer(), True),
    },
    "regions": {
        "id": (_uuid, True),
        "name": (_text(200, required=True), True),
        "country": (_country, True),
        "partner_organisation": (_text(500), True),
        "lead_partner": (_boolean, True),
    },
    "practices": {
        "id": (_uuid, True),
        "category_id": (_uuid, True),
        "position": (_integer(), True),
        "title": (_text(300, required=True), True),
        "subtitle": (_text(300), True),
        "summary": (_text(1_000_000), True),
        "description": (_text(1_000_000), True),
        "service_type": (_one_of({t.value for t in ServiceType}), True),
        "origin_region_id": (_nullable(_uuid), True),
        "source": (_text(1_000_000), True),
        "selected": (_boolean, True),
        "created_at": (_timestamp, False),
        "updated_at": (_timestamp, False),
        "revision": (_integer(1), True),
        "versions": (_versions, True),
    },
    "notes": {
        "id": (_uuid, True),
        "practice_id": (_uuid, True),
        "region_id": (_uuid, True),
        "author": (_text(200), True),
        "date": (_date, True),
        "status": (_one_of({s.value for s in NoteStatus}), True),
        "outcome": (_text(500), True),
        "score_cluster_initiatives": (_score, True),
        "score_development_agencies": (_score, True),
        "score_enterprises": (_score, True),
        "body": (_text(1_000_000), True),
        "created_at": (_timestamp, True),
        "updated_at": (_timestamp, True),
        "revision": (_integer(1), True),
        "versions": (_versions, True),
        "deleted_at": (_nullable(_timestamp), True),
    },
}
_TOP = {"format", "version", "exported_at", "application", *FIELDS}


# -- reading ------------------------------------------------------------------------------


def read_document(path: Path) -> ExchangeDocument:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeError(f"cannot read '{path}': {error.strerror or error}") from error
    if path.is_dir():
        raise ExchangeError(f"'{path}' is a folder, not an exchange file")
    if size > MAX_BYTES:
        raise ExchangeError(
            f"'{path.name}' is {size / 2**30:.1f} GiB: larger than any exchange file this "
            f"application accepts ({MAX_BYTES / 2**30:.0f} GiB)"
        )
    try:  # decoded while read: the bytes are not kept beside the text (an 880 MB file)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            f"'{path.name}' is not UTF-8 text (byte {error.start:,} cannot be read)"
        ) from error
    return parse_text(text, path.name)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Building millions of small objects with the cyclic collector on makes it rescan them
    over and over (most of the time of reading a large file); they hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_document(raw: bytes, name: str) -> ExchangeDocument:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            f"'{name}' is not UTF-8 text (byte {error.start:,} cannot be read)"
        ) from error
    return parse_text(text, name)


def parse_text(text: str, name: str) -> ExchangeDocument:
    with paused_gc():
        return _parse_text(text, name)


def _parse_text(text: str, name: str) -> ExchangeDocument:
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise ExchangeError(
            f"'{name}' is not JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    if not isinstance(data, dict):
        raise ExchangeError(f"'{name}' is not an exchange file (expected a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise ExchangeError(
            f"'{name}' is not a Practice Catalogue exchange file"
            f" (format {data.get('format')!r}, expected {FORMAT_NAME!r})"
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError(f"'{name}': version {version!r} is not a number")
    if version > FORMAT_VERSION:
        raise ExchangeError(
            f"'{name}' was written in exchange format version {version}, newer than this "
            f"application reads ({FORMAT_VERSION}); update the application"
        )
    if version < 1:
        raise ExchangeError(f"'{name}': version {version} does not exist")
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise ExchangeError(f"'{name}': unknown top-level field {unknown[0]!r}")
    document = ExchangeDocument(name)
    for kind in FIELDS:
        records = data.get(kind)
        if not isinstance(records, list):
            raise ExchangeError(f"'{name}': {kind!r} is missing or not a list")
        _check_records(kind, records)
        setattr(document, kind, records)
    return document


def _check_records(kind: str, records: list[Any]) -> None:
    """Every record of ``kind``; the happy path does no string work (a million notes)."""
    checks = [(name, check, required) for name, (check, required) in FIELDS[kind].items()]
    versioned = "versions" in FIELDS[kind]
    seen: dict[str, int] = {}
    for index, record in enumerate(records):
        if type(record) is not dict:
            raise ExchangeError(f"{_where(kind, index, record)} is not an object")
        present = 0
        for name, check, required in checks:
            if name not in record:
                if required:
                    where = _where(kind, index, record)
                    raise ExchangeError(f"{where}: the field {name!r} is missing")
                continue
            present += 1
            problem = check(record[name])
            if problem:
                raise ExchangeError(f"{_where(kind, index, record)}.{name}: {problem}")
        if len(record) != present:
            extra = sorted(set(record) - {name for name, _check, _required in checks})
            raise ExchangeError(f"{_where(kind, index, record)}: unknown field {extra[0]!r}")
        identity = record["id"]  # checked above
        if identity in seen:
            where = _where(kind, index, record)
            raise ExchangeError(f"{where}: the id repeats {kind}[{seen[identity]}]")
        seen[identity] = index
        if versioned and record["revision"] != 1 + sum(record["versions"].values()):
            raise ExchangeError(
                f"{_where(kind, index, record)}.revision: {record['revision']} does not match"
                f" its versions (expected {1 + sum(record['versions'].values())})"
            )


def _where(kind: str, index: int, record: Any) -> str:
    """``notes[12] (id 0b5c…)``: where a problem is, for the message."""
    where = f"{kind}[{index}]"
    record_id = record.get("id") if isinstance(record, dict) else None
    return where + f" (id {record_id[:8]}…)" if isinstance(record_id, str) else where


def canonical_timestamp(value: str | None) -> str | None:
    return None if value is None else format_utc(parse_utc(value))
