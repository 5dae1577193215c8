"""The rules of a merge, record by record.

Per record: not here yet → added; identical → skipped; changed only on the incoming side
(its version vector is ahead of ours) → replaces ours; changed only here → ours stays;
changed on both sides since they parted → a conflict: both versions are kept, the one edited
last is shown and the other is stored as a conflict copy linked to it, to be settled by a
person. Trash state is part of a note, so deletions travel the same way. The same rules make
an import idempotent and the order of imports irrelevant to what the database ends up with.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from operator import itemgetter
from typing import Any

from app.domain.timestamps import format_utc, parse_utc, utc_now
from app.services.exchange.merge_plan import Action, Change, MergePlan
from app.services.exchange.reading import Record
from app.services.exchange.vectors import Order, Vector, compare, merged, revision_of
from app.services.notes.fields import fields_of_values

NOTE_CONTENT = (
    "practice_id", "region_id", "author", "date", "status", "outcome",
    "score_cluster_initiatives", "score_development_agencies", "score_enterprises", "body",
    "deleted_at",
)  # fmt: skip
PRACTICE_CONTENT = (
    "category_id", "position", "title", "subtitle", "summary", "description", "service_type",
    "origin_region_id", "source", "selected",
)  # fmt: skip
CONTENT = {"practices": PRACTICE_CONTENT, "notes": NOTE_CONTENT}
SIMPLE_COLUMNS = {
    "categories": ("id", "name", "description", "position"),
    "regions": ("id", "name", "country", "partner_organisation", "lead_partner"),
}


@dataclass
class Pending:
    """Rows to write for one kind, gathered per batch."""

    inserts: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[tuple[Any, ...]] = field(default_factory=list)
    vector_only: list[tuple[Any, ...]] = field(default_factory=list)
    conflicts: list[tuple[Any, ...]] = field(default_factory=list)


def simple(kind: str, records: list[Record], present: set[str], plan: MergePlan,
           pending: Pending) -> None:  # fmt: skip
    """Categories and regions: added when missing; an existing one stays as it is here."""
    for record in records:
        label = record["name"]
        if record["id"] in present:
            plan.note(kind, Action.UNCHANGED, record["id"], label)
        else:
            present.add(record["id"])
            plan.note(kind, Action.NEW, record["id"], label)
            pending.inserts.append(tuple(record[name] for name in SIMPLE_COLUMNS[kind]))


def decide_batch(kind: str, records: list[Record], stored: dict[str, dict[str, Any]],
                 plan: MergePlan, pending: Pending, touched: set[str]) -> list[str]:  # fmt: skip
    """Plan a batch of practices or notes; adds the practices whose search documents change
    to ``touched`` and returns the ids of the records that are new."""
    content = CONTENT[kind]
    link = "practice_id" if kind == "notes" else "id"
    new: list[Record] = [] if stored else records  # nothing stored: all new (a large import)
    for record in records if stored else ():
        old = stored.get(record["id"])
        if old is None:
            new.append(record)
        else:
            touched.update(_decide(kind, record, old, content, plan, pending))
    if not new:
        return []
    room = max(plan.listed - len(plan.changes), 0)
    plan.changes.extend(
        Change(kind, record["id"], Action.NEW, str(_Label(kind, record))) for record in new[:room]
    )
    plan.counts.setdefault(kind, Counter())[Action.NEW] += len(new)
    pending.inserts.extend(_new_rows(kind, new, content))
    touched.update(map(itemgetter(link), new))
    return list(map(itemgetter("id"), new))


def _new_rows(kind: str, records: list[Record], content: Sequence[str]) -> list[tuple[Any, ...]]:
    """Rows to insert: id, content, created_at, updated_at, revision, versions. The usual
    batch (every field there, times already in the stored form) is built in C loops."""
    try:
        rows = list(map(itemgetter("id", *content, *_TAIL), records))
    except KeyError:  # a practice without its times (they are optional): one by one
        rows = []
    canonical = _CANONICAL.fullmatch
    if (
        rows
        and all(map(canonical, map(itemgetter("created_at"), records)))
        and all(map(canonical, map(itemgetter("updated_at"), records)))
        and (kind != "notes" or all(map(canonical, filter(None, map(_DELETED, records)))))
    ):
        versions = [_vector_text(vector) if vector else "{}" for vector in map(_VERSIONS, records)]
        return list(map(tuple.__add__, rows, zip(versions)))
    return [_new_row(kind, record, content) for record in records]


_TAIL = ("created_at", "updated_at", "revision")
_DELETED, _VERSIONS = itemgetter("deleted_at"), itemgetter("versions")


def _new_row(kind: str, record: Record, content: Sequence[str]) -> tuple[Any, ...]:
    updated_at = _canonical(record.get("updated_at") or format_utc(utc_now()))
    created_at = _canonical(record.get("created_at") or updated_at)
    return (record["id"], *_content(kind, record, content), created_at, updated_at,
            record["revision"], _vector_text(record["versions"]))  # fmt: skip


def _content(kind: str, values: dict[str, Any], content: Sequence[str]) -> tuple[Any, ...]:
    """The compared fields; the last one is ``deleted_at`` (notes) or ``selected``."""
    result = list(map(values.__getitem__, content))
    last = result[-1]
    if kind == "practices":
        result[-1] = bool(last)
    elif last is not None:
        result[-1] = _canonical(last)
    return tuple(result)


_CANONICAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def _canonical(text: str) -> str:
    """A timestamp in the one stored form; most already are (our own exports)."""
    if _CANONICAL.fullmatch(text):
        return text
    return format_utc(parse_utc(text))


def _fingerprint(content: tuple[Any, ...]) -> str:
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


def _decide(kind: str, record: Record, stored: dict[str, Any], content: Sequence[str],
            plan: MergePlan, pending: Pending) -> set[str]:  # fmt: skip
    """Plan one practice or note we have; returns the practices whose search documents it
    touches."""
    theirs = _content(kind, record, content)
    label = _Label(kind, record)
    link = "practice_id" if kind == "notes" else "id"

    def practice_of(values: dict[str, Any]) -> str:
        return str(values[link])

    updated_at = _canonical(record.get("updated_at") or format_utc(utc_now()))
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
