"""What every field of an exchange record must be, checked two ways from one definition.

Each check answers for one value (``check(value)`` → a problem, or None) and for a whole
column of a batch (``check.column(values)`` → True when every value certainly passes). The
column form runs in the interpreter's C loops (``map`` over compiled patterns, ``set`` of
types, ``max`` of lengths): a million notes are checked in a few seconds instead of twenty.
When a column is in any doubt, the batch is checked record by record, which finds the first
problem and says where it is: ``notes[12] (id 0b5c…).date: '2012-13-01' is not a date``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from itertools import count, repeat
from operator import eq, itemgetter
from typing import Any

from app.domain.enums import SCORE_MAX, SCORE_MIN, NoteStatus, ServiceType
from app.services.exchange import ExchangeError
from app.services.exchange.limits import (
    BODY_MAX,
    LINE_MAX,
    MAX_REPLICA_ID,
    MAX_REPLICAS,
    MAX_WHOLE_NUMBER,
    MULTI_LINE_REFUSED,
    NAME_MAX,
    ONE_LINE_REFUSED,
    TITLE_MAX,
    describe_character,
)

Record = dict[str, Any]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_SECONDS = itemgetter(slice(None, 19))  # "2026-11-27T19:02:25" of a timestamp
_SCORES = {None, *range(SCORE_MIN, SCORE_MAX + 1)}


class FieldCheck:
    """``check(value)``: the problem with one value, or None. ``check.column(values)``: True
    only when every value passes (False means: look closer, record by record)."""

    __slots__ = ("column", "one")

    def __init__(self, one: Callable[[Any], str | None], column: Callable[[list[Any]], bool]):
        self.one, self.column = one, column

    def __call__(self, value: Any) -> str | None:
        return self.one(value)


def _all(values: Iterable[Any], kind: type) -> bool:
    return set(map(type, values)) <= {kind}  # bool is not int here, as below


def _matching(pattern: re.Pattern[str]) -> Callable[[list[Any]], bool]:
    # Each different value once: a batch of notes refers to few regions and practices.
    return lambda values: all(map(pattern.fullmatch, set(values)))  # TypeError when not text


def shown(value: Any, width: int = 40) -> str:
    """``value`` as a message shows it: its repr, cut short (a field may hold a megabyte)."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _uuid(value: Any) -> str | None:
    if isinstance(value, str) and _UUID.fullmatch(value):
        return None
    return f"{shown(value)} is not an id (a lower-case UUID)"


def _text(limit: int, *, required: bool = False, multi_line: bool = False) -> FieldCheck:
    """Text of at most ``limit`` characters, without the control characters its kind refuses
    (``limits``): one line, or several (a Markdown body)."""
    refused = MULTI_LINE_REFUSED if multi_line else ONE_LINE_REFUSED

    def one(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{shown(value)} is not text"
        if required and not value.strip():
            return "is empty"
        if len(value) > limit:
            return f"is {len(value):,} characters long (at most {limit:,})"
        found = refused.search(value)
        if found:
            where = f"character {found.start() + 1:,}"
            return f"{where} is {describe_character(found.group())}, which this field cannot hold"
        return None

    def column(values: list[Any]) -> bool:
        if not _all(values, str) or (values and max(map(len, values)) > limit):
            return False
        if any(map(refused.search, values)):
            return False
        return not required or all(map(str.strip, values))

    return FieldCheck(one, column)


def _integer(minimum: int | None = None) -> FieldCheck:
    def one(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{shown(value)} is not a whole number"
        if minimum is not None and value < minimum:
            return f"{shown(value)} is below {minimum}"
        if not -MAX_WHOLE_NUMBER <= value <= MAX_WHOLE_NUMBER:  # SQLite stops at 2**63
            return f"{shown(value)} is beyond ±{MAX_WHOLE_NUMBER}"
        return None

    def column(values: list[Any]) -> bool:
        if not _all(values, int) or (values and max(map(abs, values)) > MAX_WHOLE_NUMBER):
            return False
        return minimum is None or not values or min(values) >= minimum

    return FieldCheck(one, column)


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"{shown(value)} is not true or false"


def _one_of(allowed: set[str]) -> FieldCheck:
    def one(value: Any) -> str | None:
        if isinstance(value, str) and value in allowed:
            return None
        return f"{shown(value)} is not one of {', '.join(sorted(allowed))}"

    return FieldCheck(one, lambda values: set(values) <= allowed)  # only text is in allowed


def _calendar(
    pattern: re.Pattern[str], parse: Callable[[Iterable[str]], Iterable[Any]], example: str
) -> FieldCheck:
    """Text of ``pattern`` that the calendar accepts too (no 30 February)."""

    def one(value: Any) -> str | None:
        if isinstance(value, str) and pattern.fullmatch(value):
            try:
                all(parse([value]))
                return None
            except ValueError:
                pass
        return f"{shown(value)} is not {example}"

    def column(values: list[Any]) -> bool:
        different = set(values)  # TypeError when a value is a list or an object
        if not all(map(pattern.fullmatch, different)):  # TypeError when not text
            return False
        try:
            all(parse(different))  # dates and times are all true
        except ValueError:
            return False
        return True

    return FieldCheck(one, column)


def _score(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        return f"{shown(value)} is not a score from {SCORE_MIN} to {SCORE_MAX} (or null)"
    return None


def _scores(values: list[Any]) -> bool:
    return set(map(type, values)) <= {int, type(None)} and set(values) <= _SCORES


def _versions(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"{shown(value)} is not an object of edit counts"
    if len(value) > MAX_REPLICAS:
        return f"has {len(value):,} entries (at most {MAX_REPLICAS:,})"
    for key, edits in value.items():
        if not _replica_id(key):
            return f"{shown(key)} is not a replica id"
        if (
            isinstance(edits, bool)
            or not isinstance(edits, int)
            or not 0 <= edits <= MAX_WHOLE_NUMBER
        ):
            return f"the count for {shown(key)} is not a whole number of edits"
    return None


def _replica_id(key: str) -> bool:
    return 0 < len(key) <= MAX_REPLICA_ID and not ONE_LINE_REFUSED.search(key)


def _all_versions(values: list[Any]) -> bool:
    if not _all(values, dict) or max(map(len, values), default=0) > MAX_REPLICAS:
        return False
    keys = {key for vector in values for key in vector}  # few: the laptops of a project
    edits = [edits for vector in values for edits in vector.values()]
    if not all(map(_replica_id, keys)) or not _all(edits, int):
        return False
    return not edits or (min(edits) >= 0 and max(edits) <= MAX_WHOLE_NUMBER)


def _country(value: Any) -> str | None:
    if isinstance(value, str) and _COUNTRY.fullmatch(value):
        return None
    return f"{shown(value)} is not a two-letter country code"


def _nullable(check: FieldCheck) -> FieldCheck:
    return FieldCheck(
        lambda value: None if value is None else check(value),
        lambda values: check.column([value for value in values if value is not None]),
    )


UUID = FieldCheck(_uuid, _matching(_UUID))
BOOLEAN = FieldCheck(_boolean, lambda values: _all(values, bool))
DATE = _calendar(_DATE, lambda texts: map(date.fromisoformat, texts), "a date (YYYY-MM-DD)")
TIMESTAMP = _calendar(
    _TIMESTAMP,  # the pattern checks the fraction and the Z; the calendar the rest
    lambda texts: map(datetime.fromisoformat, map(_SECONDS, texts)),
    "a UTC time such as 2026-11-27T19:02:25Z",
)
SCORE = FieldCheck(_score, _scores)
VERSIONS = FieldCheck(_versions, _all_versions)
COUNTRY = FieldCheck(_country, _matching(_COUNTRY))

FIELDS: dict[str, dict[str, tuple[FieldCheck, bool]]] = {  # kind -> field -> (check, required)
    "categories": {
        "id": (UUID, True),
        "name": (_text(NAME_MAX, required=True), True),
        "description": (_text(BODY_MAX, multi_line=True), True),
        "position": (_integer(), True),
    },
    "regions": {
        "id": (UUID, True),
        "name": (_text(NAME_MAX, required=True), True),
        "country": (COUNTRY, True),
        "partner_organisation": (_text(LINE_MAX), True),
        "lead_partner": (BOOLEAN, True),
    },
    "practices": {
        "id": (UUID, True),
        "category_id": (UUID, True),
        "position": (_integer(), True),
        "title": (_text(TITLE_MAX, required=True), True),
        "subtitle": (_text(TITLE_MAX), True),
        "summary": (_text(BODY_MAX, multi_line=True), True),
        "description": (_text(BODY_MAX, multi_line=True), True),
        "service_type": (_one_of({t.value for t in ServiceType}), True),
        "origin_region_id": (_nullable(UUID), True),
        "source": (_text(BODY_MAX, multi_line=True), True),
        "selected": (BOOLEAN, True),
        "created_at": (TIMESTAMP, False),
        "updated_at": (TIMESTAMP, False),
        "revision": (_integer(1), True),
        "versions": (VERSIONS, True),
    },
    "notes": {
        "id": (UUID, True),
        "practice_id": (UUID, True),
        "region_id": (UUID, True),
        "author": (_text(NAME_MAX), True),
        "date": (DATE, True),
        "status": (_one_of({s.value for s in NoteStatus}), True),
        "outcome": (_text(LINE_MAX), True),
        "score_cluster_initiatives": (SCORE, True),
        "score_development_agencies": (SCORE, True),
        "score_enterprises": (SCORE, True),
        "body": (_text(BODY_MAX, multi_line=True), True),
        "created_at": (TIMESTAMP, True),
        "updated_at": (TIMESTAMP, True),
        "revision": (_integer(1), True),
        "versions": (VERSIONS, True),
        "deleted_at": (_nullable(TIMESTAMP), True),
    },
}


class RecordChecker:
    """Checks the records of one kind, batch by batch in file order, ids unique across the
    whole file."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.checks = [(name, check) for name, (check, _required) in FIELDS[kind].items()]
        self.required = {name for name, (_check, required) in FIELDS[kind].items() if required}
        self.names = frozenset(FIELDS[kind])
        self.versioned = "versions" in FIELDS[kind]
        self.seen: dict[str, int] = {}

    def check_batch(
        self, start: int, records: list[Any], starts: list[tuple[int, int]] | None = None
    ) -> None:
        """``starts``: the line and column of each record in the file, for messages."""
        if self._batch_passes(records):
            ids = list(map(itemgetter("id"), records))
            if len(set(ids)) == len(ids) and self.seen.keys().isdisjoint(ids):
                self.seen.update(zip(ids, count(start), strict=False))
                return
        for offset, record in enumerate(records):  # finds the problem, or passes
            try:
                self.check(start + offset, record)
            except ExchangeError as error:
                if starts is None:
                    raise
                line, column = starts[offset]
                raise ExchangeError(f"{error} (line {line}, column {column})") from None

    def _batch_passes(self, records: list[Any]) -> bool:
        try:
            if not _all(records, dict):
                return False
            if not all(map(eq, repeat(self.names), map(dict.keys, records))):
                return False  # a field missing or unknown
            for name, check in self.checks:
                if not check.column(list(map(itemgetter(name), records))):
                    return False
            if self.versioned:
                edits = map(sum, map(dict.values, map(itemgetter("versions"), records)))
                revisions = map(itemgetter("revision"), records)
                return all(map(eq, revisions, map((1).__add__, edits)))
            return True
        except (TypeError, ValueError, KeyError, AttributeError):
            return False

    def check(self, index: int, record: Any) -> None:
        place = where(self.kind, index, record)
        if type(record) is not dict:
            raise ExchangeError(f"{place} is not an object")
        for name, check in self.checks:  # in field order
            if name not in record:
                if name in self.required:
                    raise ExchangeError(f"{place}: the field {name!r} is missing")
                continue
            problem = check(record[name])
            if problem:
                raise ExchangeError(f"{place}.{name}: {problem}")
        extra = sorted(set(record) - self.names)
        if extra:
            raise ExchangeError(f"{place}: unknown field {shown(extra[0])}")
        identity = record["id"]
        if identity in self.seen:
            raise ExchangeError(f"{place}: the id repeats {self.kind}[{self.seen[identity]}]")
        self.seen[identity] = index
        if self.versioned:
            expected = 1 + sum(record["versions"].values())
            if record["revision"] != expected:
                raise ExchangeError(
                    f"{place}.revision: {shown(record['revision'])} does not match its versions"
                    f" (expected {expected})"
                )


def where(kind: str, index: int, record: Any) -> str:
    """``notes[12] (id 0b5c…)``: where a problem is, for the message."""
    place = f"{kind}[{index}]"
    record_id = record.get("id") if isinstance(record, dict) else None
    if not isinstance(record_id, str) or ONE_LINE_REFUSED.search(record_id[:8]):
        return place  # no id, or one that would garble the message
    return place + f" (id {record_id[:8]}…)"
