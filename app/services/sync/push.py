"""Pushing a laptop's records to the server: one server transaction per batch.

The server's rows for the batch are locked and merged with the laptop's by the exchange
import's own rules (``merge_rules.decide_batch``), so a batch pushed twice (a sync killed
after the server's commit, before the laptop noted it) changes nothing the second time.
Pushes take one advisory lock: two laptops adding the same new record wait for each other
instead of failing.

What the person may not write (their rights, read from the server) is set aside before the
batch is sent, unless it would change nothing there; the server enforces the same rights
(row-level security), and a batch it refuses anyway is retried record by record so that
everything allowed still goes.

A batch's new and changed rows go as one JSON parameter per statement (``INSERT … SELECT``,
``UPDATE … FROM``): one round trip and one run of the statement's triggers instead of one
per record. A batch that wrote only the laptop's records as sent is an echo (its server
transaction id in ``Outcome.echoes``): the pull that follows leaves its rows out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg

from app.domain.timestamps import format_utc, utc_now
from app.services.exchange.merge_plan import Action, MergePlan
from app.services.exchange.merge_rules import CONTENT, Pending, decide_batch
from app.services.sync.rows import COLUMNS, MERGED, server_select

PUSH_LOCK = 0x5043_5359_4E43  # "PCSYNC": one pusher at a time per database
JSON_AT_MOST = 32 * 1024 * 1024  # characters sent in one statement (UTF-8: 128 MB at most)
_REFUSALS = (
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.ForeignKeyViolation,
    psycopg.errors.CheckViolation,
    psycopg.errors.NotNullViolation,
)
Record = dict[str, Any]


@dataclass(frozen=True)
class Rights:
    user: str
    may_all: bool  # the coordinator (or the server's administrator)
    region: str | None  # a facilitator's region id


def read_rights(server: psycopg.Connection[Any]) -> Rights:
    row = server.execute(
        "SELECT session_user, public.catalogue_is_coordinator()"
        " OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user)"
        " OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables"
        " WHERE schemaname = 'public' AND tablename = 'notes'), 'MEMBER'),"
        " public.catalogue_my_region()::text"
    ).fetchone()
    assert row is not None
    return Rights(str(row[0]), bool(row[1]), row[2])


class RefusedError(Exception):
    """The server took fewer rows than were sent (row-level security hides the rest)."""


@dataclass
class Outcome:
    """What one batch did: counts, and which records went (with marks) or were refused."""

    counts: Counter[str] = field(default_factory=Counter)  # Action values and 'refused'
    accepted: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # id, mark, reason
    # The server transactions (committed) whose every written row is the laptop's record
    # exactly as sent: the pull that follows need not bring those rows back.
    echoes: list[str] = field(default_factory=list)
    exact: bool = True  # within a batch: nothing written differs from what was sent

    def add(self, other: Outcome) -> None:
        self.counts.update(other.counts)
        self.accepted.extend(other.accepted)
        self.refused.extend(other.refused)
        self.echoes.extend(other.echoes)


class Pusher:
    def __init__(self, server: psycopg.Connection[Any], rights: Rights, origin: str) -> None:
        assert server.autocommit, "each batch is its own transaction"
        self.server, self.rights, self.origin = server, rights, origin
        self._types: dict[str, dict[str, str]] = {}  # kind → column → the server's type

    def push(self, kind: str, batch: list[tuple[Record, str]]) -> Outcome:
        try:
            with self.server.transaction():
                return self._batch(kind, batch)
        except (*_REFUSALS, RefusedError):
            pass  # rolled back: find the records at fault one by one
        outcome = Outcome()
        for item in batch:
            try:
                with self.server.transaction():
                    outcome.add(self._batch(kind, [item]))
            except (*_REFUSALS, RefusedError) as error:
                outcome.counts["refused"] += 1
                outcome.refused.append((item[0]["id"], item[1], _reason(error)))
        return outcome

    def _batch(self, kind: str, batch: list[tuple[Record, str]]) -> Outcome:
        self.server.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        if kind in MERGED:
            outcome = self._merged(kind, batch)
        elif kind == "conflicts":
            outcome = self._conflicts(batch)
        else:
            outcome = self._added_only(kind, batch)
        if outcome.exact:  # (a transaction that wrote nothing has no id)
            row = self.server.execute("SELECT pg_current_xact_id_if_assigned()::text").fetchone()
            if row is not None and row[0] is not None:
                outcome.echoes.append(str(row[0]))
        return outcome

    def _stored(self, kind: str, ids: list[str]) -> dict[str, Record]:
        columns = COLUMNS[kind]
        # Pushes wait for each other (the advisory lock). Row locks too where the person may
        # write every row (NO KEY: a note being added elsewhere keeps its practice locked
        # FOR KEY SHARE): FOR UPDATE needs the UPDATE right, and row-level security would
        # hide from it the rows a facilitator may only read.
        lock = " FOR NO KEY UPDATE" if self.rights.may_all else ""
        cursor = self.server.execute(
            f"SELECT {server_select(kind)} FROM public.{kind} WHERE id = ANY(%b::uuid[])"
            f" ORDER BY id{lock}",
            (ids,),
        )
        return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}

    def _allowed(self, kind: str, record: Record, stored: Record | None) -> str | None:
        """Why the person may not write this record, or None."""
        if self.rights.may_all:
            return None
        if kind == "notes":
            regions = {record["region_id"], *(() if stored is None else [stored["region_id"]])}
            if regions == {self.rights.region}:
                return None
            return (
                f"a note of another region: {self.rights.user} may add and change only their"
                " own region's notes"
            )
        return f"only the coordinator may change {kind}"

    def _merged(self, kind: str, batch: list[tuple[Record, str]]) -> Outcome:
        stored = self._stored(kind, [record["id"] for record, _ in batch])
        outcome, plan, pending = Outcome(), MergePlan(self.origin, listed=0), Pending()
        allowed: list[Record] = []
        for record, mark in batch:
            reason = self._allowed(kind, record, stored.get(record["id"]))
            if reason is None:
                allowed.append(record)
                outcome.accepted.append((record["id"], mark))
            elif _changes_anything(kind, record, stored):
                outcome.counts["refused"] += 1
                outcome.refused.append((record["id"], mark, reason))
            else:  # the server has it already: nothing to refuse
                outcome.counts[Action.UNCHANGED.value] += 1
                outcome.accepted.append((record["id"], mark))
        if allowed:
            wanted = {
                record["id"]: stored[record["id"]] for record in allowed if record["id"] in stored
            }
            decide_batch(kind, allowed, wanted, plan, pending, set())
            self._write(kind, pending)
            # Merged vectors and conflict copies are the server's own: to be pulled. Other
            # writes (new records, and records only the laptop changed) are its records.
            outcome.exact = not (pending.vector_only or pending.conflicts)
            outcome.counts.update({str(k): n for k, n in plan.counts.get(kind, Counter()).items()})
        return outcome

    def _write(self, kind: str, pending: Pending) -> None:
        content = CONTENT[kind]
        cursor = self.server.cursor()
        if pending.inserts:
            names = ["id", *content, "created_at", "updated_at", "revision", "versions"]
            self._insert(kind, names, pending.inserts)
        for rows, assigned in (
            (pending.updates, (*content, "updated_at", "revision", "versions")),
            (pending.vector_only, ("versions", "revision", "updated_at")),
        ):
            if rows:
                settings = ", ".join(f"{name} = v.{name}" for name in assigned)
                statement = (
                    f"UPDATE public.{kind} t SET {settings}"
                    f" FROM {self._columns(kind, [*assigned, 'id'])} WHERE t.id = v.id"
                )
                for part, text in _json(rows):
                    if cursor.execute(statement, (text,)).rowcount != len(part):
                        raise RefusedError("the server's rights hide a record from this person")
        if pending.conflicts:
            now = format_utc(utc_now())
            self._insert(
                "conflicts",
                [*COLUMNS["conflicts"][:-1]],
                [(*row, self.origin, now) for row in pending.conflicts],
            )

    def _added_only(self, kind: str, batch: list[tuple[Record, str]]) -> Outcome:
        """Categories and regions: added when missing, never changed (as in an import)."""
        present = {row[0] for row in self._ids(kind, batch)}
        outcome = Outcome()
        missing = [(record, mark) for record, mark in batch if record["id"] not in present]
        outcome.counts[Action.UNCHANGED.value] += len(batch) - len(missing)
        outcome.accepted.extend((r["id"], m) for r, m in batch if r["id"] in present)
        if missing and not self.rights.may_all:
            reason = f"only the coordinator may add {kind}"
            outcome.counts["refused"] += len(missing)
            outcome.refused.extend((record["id"], mark, reason) for record, mark in missing)
        elif missing:
            names = list(COLUMNS[kind])
            self._insert(kind, names, [tuple(r[name] for name in names) for r, _ in missing])
            outcome.counts[Action.NEW.value] += len(missing)
            outcome.accepted.extend((record["id"], mark) for record, mark in missing)
        return outcome

    def _conflicts(self, batch: list[tuple[Record, str]]) -> Outcome:
        """Conflict copies: added when missing; settled on either side → settled."""
        present = dict(self._ids("conflicts", batch, "resolved_at IS NOT NULL"))
        outcome = Outcome()
        cursor = self.server.cursor()
        for record, mark in batch:
            if record["id"] not in present:
                names = list(COLUMNS["conflicts"])
                cursor.execute(_insert("conflicts", names), [record[name] for name in names])
                outcome.counts[Action.NEW.value] += 1
            elif record["resolved_at"] and not present[record["id"]]:
                cursor.execute(
                    "UPDATE public.conflicts SET resolved_at = %s WHERE id = %s",
                    (record["resolved_at"], record["id"]),
                )
                if cursor.rowcount != 1:
                    raise RefusedError("the server's rights hide this conflict copy")
                outcome.counts[Action.UPDATED.value] += 1
            else:
                outcome.counts[Action.UNCHANGED.value] += 1
            outcome.accepted.append((record["id"], mark))
        return outcome

    def _insert(self, kind: str, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        """One statement for the whole batch (one round trip, one run of the statement
        triggers); the row-level checks, constraints and triggers still see every row."""
        statement = (
            f"INSERT INTO public.{kind} ({', '.join(names)})"
            f" SELECT {', '.join(f'v.{name}' for name in names)}"
            f" FROM {self._columns(kind, names)}"
            # The foreign key checks then meet each practice's index and heap pages once,
            # in order, rather than at random for every note.
            + (" ORDER BY v.practice_id" if "practice_id" in names else "")
        )
        for _, text in _json(rows):
            self.server.execute(statement, (text,))

    def _columns(self, kind: str, names: list[str]) -> str:
        """The rows sent as one JSON parameter (``v``), read back in the server's column
        types: far cheaper to send than a statement or an array per row."""
        types = self._types.get(kind)
        if types is None:
            types = self._types[kind] = dict(
                self.server.execute(
                    "SELECT attname::text, format_type(atttypid, atttypmod) FROM pg_attribute"
                    " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
                    (f"public.{kind}",),
                ).fetchall()
            )
        # Each row a JSON array; every value read as text, then cast (the version vectors
        # travel as JSON text, as stored here). jsonb: its arrays are indexed, not re-read.
        casts = ", ".join(f"(e->>{i})::{types[name]} AS {name}" for i, name in enumerate(names))
        return f"(SELECT {casts} FROM jsonb_array_elements(%s::jsonb) AS e) AS v"

    def _ids(self, kind: str, batch: list[tuple[Record, str]], extra: str = "true") -> list[Any]:
        return self.server.execute(
            f"SELECT id::text, {extra} FROM public.{kind} WHERE id = ANY(%b::uuid[])",
            ([record["id"] for record, _ in batch],),
        ).fetchall()


def _changes_anything(kind: str, record: Record, stored: dict[str, Record]) -> bool:
    plan, pending = MergePlan("", listed=0), Pending()
    old = stored.get(record["id"])
    decide_batch(kind, [record], {} if old is None else {record["id"]: old}, plan, pending, set())
    return bool(pending.inserts or pending.updates or pending.vector_only or pending.conflicts)


def _json(rows: list[tuple[Any, ...]]) -> Iterator[tuple[list[tuple[Any, ...]], str]]:
    """Rows → the JSON parameter ``_columns`` reads (an array of arrays), in as many parts
    as a jsonb value can hold (256 MB; long notes could make a batch larger)."""
    text = json.dumps(rows, ensure_ascii=False)
    if len(text) <= JSON_AT_MOST or len(rows) == 1:
        yield rows, text
        return
    half = len(rows) // 2
    yield from _json(rows[:half])
    yield from _json(rows[half:])


def _insert(table: str, names: list[str]) -> str:
    marks = ", ".join(["%s"] * len(names))
    return f"INSERT INTO public.{table} ({', '.join(names)}) VALUES ({marks})"


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if isinstance(error, RefusedError | psycopg.errors.InsufficientPrivilege):
        return f"the server's rights do not allow it ({text})"
    if isinstance(error, psycopg.errors.ForeignKeyViolation):
        return f"it refers to a record the server does not have ({text})"
    return f"the server finds it invalid ({text})"
