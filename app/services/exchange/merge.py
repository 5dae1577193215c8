"""Merging an exchange file into a database, by id, all or nothing.

Per record: not here yet → added; identical → skipped; changed only on the incoming side
(its version vector is ahead of ours) → replaces ours; changed only here → ours stays;
changed on both sides since they parted → a conflict: both versions are kept, the one edited
last is shown and the other is stored as a conflict copy linked to it, to be settled by a
person. Trash state is part of a note, so deletions travel the same way. The same rules make
an import idempotent and the order of imports irrelevant to what the database ends up with.

One transaction: a failure or a cancel leaves the database as it was. Bulk writes switch the
search-index triggers off; the practices they touched are indexed at once when few, or queued
(``practice_search_pending``) for the background indexer.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.db.connect import connect
from app.db.search_index import index_practices, note_triggers_suspended, queue_practices
from app.domain.timestamps import format_utc, parse_utc, utc_now
from app.services.exchange.reading import ExchangeDocument, ExchangeError, Record, paused_gc
from app.services.exchange.vectors import Order, Vector, compare, merged, revision_of
from app.services.note_fields import fields_of_values

NOTE_CONTENT = (
    "practice_id", "region_id", "author", "date", "status", "outcome",
    "score_cluster_initiatives", "score_development_agencies", "score_enterprises", "body",
    "deleted_at",
)  # fmt: skip
PRACTICE_CONTENT = (
    "category_id", "position", "title", "subtitle", "summary", "description", "service_type",
    "origin_region_id", "source", "selected",
)  # fmt: skip
SIMPLE_COLUMNS = {
    "categories": ("id", "name", "description", "position"),
    "regions": ("id", "name", "country", "partner_organisation", "lead_partner"),
}
INDEX_AT_ONCE = 2000
BULK_CACHE_KB = 256 * 1024  # practices to re-index inside the import; more go to the queue
LISTED = 1000  # changes listed by name in a preview; the counts are always complete
_CHUNK = 500
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class Action(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


class MergeCancelled(Exception):  # noqa: N818 - the person's choice, not an error
    """Cancelled: nothing was written."""


@dataclass(frozen=True)
class Change:
    kind: str  # "practice" / "note" / ...
    record_id: str
    action: Action
    label: str


@dataclass
class MergePlan:
    source: str
    counts: dict[str, Counter[Action]] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    queued_for_index: int = 0

    def count(self, action: Action) -> int:
        return sum(counter[action] for counter in self.counts.values())

    def note(self, kind: str, action: Action, record_id: str, label: object) -> None:
        self.counts.setdefault(kind, Counter())[action] += 1
        if action is not Action.UNCHANGED and len(self.changes) < LISTED:
            self.changes.append(Change(kind, record_id, action, str(label)))

    def summary(self) -> list[str]:
        lines = []
        for kind in ("categories", "regions", "practices", "notes"):
            counter = self.counts.get(kind, Counter())
            lines.append(
                f"  {kind}: {counter[Action.NEW]} new, {counter[Action.UPDATED]} updated,"
                f" {counter[Action.UNCHANGED]} unchanged, {counter[Action.CONFLICT]} conflicts"
            )
        return lines


@dataclass
class _Pending:
    inserts: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[tuple[Any, ...]] = field(default_factory=list)
    vector_only: list[tuple[Any, ...]] = field(default_factory=list)
    conflicts: list[tuple[Any, ...]] = field(default_factory=list)


def plan_merge(
    path: Path, document: ExchangeDocument, progress: Progress | None = None
) -> MergePlan:
    """What importing ``document`` would do, without writing anything."""
    connection = connect(path, read_only=True)
    try:
        connection.execute("BEGIN")
        plan, _writes, _touched = _plan(connection, document, progress)
        connection.execute("ROLLBACK")
        return plan
    finally:
        connection.close()


def merge(path: Path, document: ExchangeDocument, progress: Progress | None = None) -> MergePlan:
    """Import ``document`` into the database at ``path`` in one transaction."""
    connection = connect(path)
    # Inserting a million rows in id order into random-keyed indexes wants a large page cache
    # (measured: twice as fast as SQLite's default 2 MB); it lasts as long as this connection.
    connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            plan, writes, touched = _plan(connection, document, progress)
            connection.execute("UPDATE practice_search_state SET deferred = 1")
            with note_triggers_suspended(connection):
                _write(connection, writes, document.name)
            connection.execute("UPDATE practice_search_state SET deferred = 0")
            if len(touched) <= INDEX_AT_ONCE:
                index_practices(connection, touched)
            else:
                plan.queued_for_index = queue_practices(connection, touched)
            _tick(progress, 1, 1)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return plan
    finally:
        connection.close()


# -- planning -----------------------------------------------------------------------------


def _plan(
    connection: sqlite3.Connection, document: ExchangeDocument, progress: Progress | None
) -> tuple[MergePlan, dict[str, _Pending], set[str]]:
    with paused_gc():
        return _plan_all(connection, document, progress)


def _plan_all(
    connection: sqlite3.Connection, document: ExchangeDocument, progress: Progress | None
) -> tuple[MergePlan, dict[str, _Pending], set[str]]:
    _check_references(connection, document)
    plan = MergePlan(document.name)
    writes = {kind: _Pending() for kind in ("categories", "regions", "practices", "notes")}
    touched: set[str] = set()
    total = len(document.practices) + len(document.notes) + 1
    _simple(connection, "categories", document.categories, plan, writes["categories"])
    _simple(connection, "regions", document.regions, plan, writes["regions"])
    done = 0
    for kind, records, content in (
        ("practices", document.practices, PRACTICE_CONTENT),
        ("notes", document.notes, NOTE_CONTENT),
    ):
        stored = _stored(connection, kind, content, [r["id"] for r in records])
        for record in records:
            affected = _decide(kind, record, stored.get(record["id"]), content, plan, writes[kind])
            if affected:
                touched.update(affected)
            done += 1
            if done % 5000 == 0:
                _tick(progress, done, total)
    return plan, writes, touched


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise MergeCancelled


def _simple(connection: sqlite3.Connection, kind: str, records: list[Record], plan: MergePlan,
            pending: _Pending) -> None:  # fmt: skip
    """Categories and regions: added when missing; an existing one stays as it is here."""
    present = {row[0] for row in connection.execute(f"SELECT id FROM {kind}")}
    for record in records:
        label = record["name"]
        if record["id"] in present:
            plan.note(kind, Action.UNCHANGED, record["id"], label)
        else:
            plan.note(kind, Action.NEW, record["id"], label)
            pending.inserts.append(tuple(record[name] for name in SIMPLE_COLUMNS[kind]))


def _stored(connection: sqlite3.Connection, kind: str, content: Sequence[str],
            ids: list[str]) -> dict[str, dict[str, Any]]:  # fmt: skip
    table = "test_notes" if kind == "notes" else "practices"
    columns = ["id", "revision", "versions", "created_at", "updated_at", *content]
    if kind == "practices":
        columns.append("title")
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        cursor = connection.execute(
            f"SELECT {', '.join(dict.fromkeys(columns))} FROM {table} WHERE id IN ({marks})",
            chunk,
        )
        names = [description[0] for description in cursor.description]
        for row in cursor:
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def _content(kind: str, values: dict[str, Any], content: Sequence[str]) -> tuple[Any, ...]:
    result = []
    for name in content:
        value = values[name]
        if name == "selected":
            value = bool(value)
        elif name == "deleted_at" and value is not None:
            value = _canonical(value)
        result.append(value)
    return tuple(result)


_CANONICAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")


def _canonical(text: str) -> str:
    """A timestamp in the one stored form; most already are (our own exports)."""
    if _CANONICAL.match(text):
        return text
    return format_utc(parse_utc(text))


def _fingerprint(content: tuple[Any, ...]) -> str:
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


def _decide(kind: str, record: Record, stored: dict[str, Any] | None, content: Sequence[str],
            plan: MergePlan, pending: _Pending) -> set[str]:  # fmt: skip
    """Plan one practice or note; returns the practices whose search documents it touches."""
    theirs = _content(kind, record, content)
    label = _Label(kind, record)
    link = "practice_id" if kind == "notes" else "id"

    def practice_of(values: dict[str, Any]) -> str:
        return str(values[link])

    updated_at = _canonical(record.get("updated_at") or format_utc(utc_now()))
    if stored is None:
        plan.note(kind, Action.NEW, record["id"], label)
        created_at = _canonical(record.get("created_at") or updated_at)
        pending.inserts.append(
            (record["id"], *theirs, created_at, updated_at, record["revision"],
             _vector_text(record["versions"]))
        )  # fmt: skip
        return {practice_of(record)}
    ours = _content(kind, stored, content)
    our_vector: Vector = json.loads(stored["versions"])
    their_vector: Vector = record["versions"]
    order = compare(our_vector, their_vector)
    both = merged(our_vector, their_vector)
    if ours == theirs:
        plan.note(kind, Action.UNCHANGED, record["id"], label)
        latest = max(stored["updated_at"], updated_at)
        if both != our_vector or latest != stored["updated_at"]:
            # Learn what the other side counted; the same edit made on both sides keeps the
            # later time, so the result does not depend on which file came first.
            pending.vector_only.append(
                (_vector_text(both), revision_of(both), latest, record["id"])
            )
        return set()
    if order is Order.OURS_NEWER:
        plan.note(kind, Action.UNCHANGED, record["id"], label)
        return set()
    if order is Order.THEIRS_NEWER:
        plan.note(kind, Action.UPDATED, record["id"], label)
        pending.updates.append(
            (*theirs, updated_at, record["revision"], _vector_text(their_vector), record["id"])
        )
        return {practice_of(stored), practice_of(record)}
    # Changed on both sides (or the same history with different contents: a copied file).
    plan.note(kind, Action.CONFLICT, record["id"], label)
    ours_key = (stored["updated_at"], _fingerprint(ours))
    theirs_key = (updated_at, _fingerprint(theirs))
    entity = "note" if kind == "notes" else "practice"
    if theirs_key > ours_key:
        shown, kept, kept_values = theirs, stored, ours
        pending.updates.append(
            (*shown, updated_at, revision_of(both), _vector_text(both), record["id"])
        )
    else:
        kept, kept_values = record, theirs
        pending.vector_only.append(
            (_vector_text(both), revision_of(both), stored["updated_at"], record["id"])
        )
    payload = dict(zip(content, kept_values, strict=True))
    pending.conflicts.append(
        (str(uuid.uuid4()), entity, record["id"], json.dumps(_as_fields(kind, payload)),
         int(kept["revision"]))
    )  # fmt: skip
    return {practice_of(stored), practice_of(record)}


def _as_fields(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A conflict copy in the shape the editors read (``NoteFields`` for notes)."""
    if kind != "notes":
        return payload
    return {
        **asdict(fields_of_values(payload)),
        "practice_id": payload["practice_id"],
        "deleted_at": payload["deleted_at"],
    }


class _Label:
    """What a change is called in a preview; worked out only for the changes listed."""

    __slots__ = ("kind", "record")

    def __init__(self, kind: str, record: Record) -> None:
        self.kind, self.record = kind, record

    def __str__(self) -> str:
        record = self.record
        if self.kind == "practices":
            return str(record["title"])
        from app.services.catalogue_reader import first_line

        return first_line(record["body"]) or record["outcome"] or f"note of {record['date']}"


def _vector_text(vector: Vector) -> str:
    return json.dumps(vector, sort_keys=True) if vector else "{}"


def _check_references(connection: sqlite3.Connection, document: ExchangeDocument) -> None:
    def ids(table: str, records: Iterable[Record]) -> set[str]:
        known = {row[0] for row in connection.execute(f"SELECT id FROM {table}")}
        return known | {record["id"] for record in records}

    categories = ids("categories", document.categories)
    regions = ids("regions", document.regions)
    practices = ids("practices", document.practices)
    checks: list[tuple[str, list[Record], str, set[str], str, bool]] = [
        ("practices", document.practices, "category_id", categories, "category", False),
        ("practices", document.practices, "origin_region_id", regions, "region", True),
        ("notes", document.notes, "practice_id", practices, "practice", False),
        ("notes", document.notes, "region_id", regions, "region", False),
    ]
    for kind, records, name, known, what, nullable in checks:
        for index, record in enumerate(records):
            value = record[name]
            if (value is None and nullable) or value in known:
                continue
            raise ExchangeError(
                f"{kind}[{index}] (id {record['id'][:8]}…).{name}: no {what} with id {value}"
                " in the file or in the database"
            )


# -- writing ------------------------------------------------------------------------------


def _write(connection: sqlite3.Connection, writes: dict[str, _Pending], source: str) -> None:
    for kind in ("categories", "regions"):
        rows = writes[kind].inserts
        if rows:
            marks = ",".join("?" * len(rows[0]))
            columns = ", ".join(SIMPLE_COLUMNS[kind])
            connection.executemany(f"INSERT INTO {kind} ({columns}) VALUES ({marks})", rows)
    for kind, table, content in (
        ("practices", "practices", PRACTICE_CONTENT),
        ("notes", "test_notes", NOTE_CONTENT),
    ):
        pending = writes[kind]
        names = ["id", *content, "created_at", "updated_at", "revision", "versions"]
        pending.inserts.sort(key=lambda row: row[0])  # index pages filled in order
        if pending.inserts:
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({','.join('?' * len(names))})",
                pending.inserts,
            )
        if pending.updates:
            assignments = ", ".join(f"{name} = ?" for name in (*content, "updated_at", "revision",
                                                                "versions"))  # fmt: skip
            connection.executemany(
                f"UPDATE {table} SET {assignments} WHERE id = ?", pending.updates
            )
        if pending.vector_only:
            connection.executemany(
                f"UPDATE {table} SET versions = ?, revision = ?, updated_at = ? WHERE id = ?",
                pending.vector_only,
            )
        if pending.conflicts:
            now = format_utc(utc_now())
            connection.executemany(
                "INSERT INTO conflicts (id, entity, record_id, payload, base_revision, origin,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*row, f"import of {source}", now) for row in pending.conflicts],
            )
