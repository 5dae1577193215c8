"""Pulling the server's changes into a laptop: one server snapshot, one SQLite transaction.

The server's rows changed since the laptop's cursor are read in a REPEATABLE READ snapshot
whose upper bound is ``pg_snapshot_xmin``: every transaction below it has ended, so no row
can later appear below it (a transaction that started earlier and commits later stays above
the line until it has ended). Rows are checked as an exchange file's would be and merged by
the import's own code (``BatchMerger``); the new cursor is written in the same SQLite
transaction, so a pull cut off anywhere is rolled back whole and simply done again.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import psycopg

from app.db.connect import connect as connect_laptop
from app.db.search_index import NOTE_TRIGGERS, PRACTICE_INSERT_TRIGGER, triggers_suspended
from app.services.exchange.batch_merger import BatchMerger
from app.services.exchange.fields import RecordChecker
from app.services.exchange.merge_plan import Action, MergeCancelled
from app.services.exchange.reading import Batch
from app.services.sync import laptop
from app.services.sync.rows import COLUMNS, KINDS, MERGED, record_of, server_select

BATCH = 2000
Span = tuple[str, str, list[str]]  # since, upper, echoes (server transaction ids)
Tick = Callable[[int], bool]  # records pulled so far → False to cancel


def server_cursor(server: psycopg.Connection[Any]) -> str:
    """The snapshot's xmin: every change below it is final (call inside the snapshot)."""
    row = server.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
    assert row is not None
    return str(row[0])


def pull(
    server: psycopg.Connection[Any], database: str, since: str, identity: str, tick: Tick,
    origin: str, echoes: Sequence[str] = (),
) -> tuple[dict[str, Counter[Action]], str]:  # fmt: skip
    """Merge every change in [since, the snapshot's xmin) into the laptop; returns the counts
    per kind and the new cursor (already stored with ``identity`` on the laptop).

    Rows last written by one of ``echoes`` (this laptop's push transactions that wrote its
    records exactly as sent) are left out: the laptop has them, and noted them as synced
    when the push committed. A row written again since, by anyone, has another xid."""
    from pathlib import Path

    assert not server.autocommit
    server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    upper = server_cursor(server)
    connection = connect_laptop(Path(database))
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            counts = _apply(server, connection, (since, upper, list(echoes)), tick, origin)
            laptop.set_meta(connection, laptop.CURSOR_KEY, upper)
            laptop.set_meta(connection, laptop.SERVER_KEY, identity)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
        server.rollback()  # a read-only snapshot: nothing to keep
    return counts, upper


def _apply(
    server: psycopg.Connection[Any], connection: sqlite3.Connection, span: Span, tick: Tick,
    origin: str,
) -> dict[str, Counter[Action]]:  # fmt: skip
    connection.execute("UPDATE practice_search_state SET deferred = 1")
    merger = BatchMerger(connection, origin, write=True)
    counts: dict[str, Counter[Action]] = {}
    done = 0
    with triggers_suspended(connection, (*NOTE_TRIGGERS, PRACTICE_INSERT_TRIGGER)):
        for kind in KINDS:
            checker = RecordChecker(kind) if kind != "conflicts" else None
            start = 0
            for rows in _changed(server, kind, span):
                records = [record_of(kind, row) for row in rows]
                if checker is not None:
                    checker.check_batch(start, records)
                    merger.take(Batch(kind, start, records))
                else:
                    counts.setdefault(kind, Counter()).update(_conflicts(connection, records))
                _note_synced(connection, kind, records)
                start += len(records)
                done += len(records)
                if tick(done) is False:
                    raise MergeCancelled
        merger.check_references()
    connection.execute("UPDATE practice_search_state SET deferred = 0")
    merger.index()
    for kind, counter in merger.plan.counts.items():
        counts.setdefault(kind, Counter()).update(counter)
    return counts


def _changed(server: psycopg.Connection[Any], kind: str, span: Span) -> Any:
    """Batches of the rows of ``kind`` written by transactions in [since, upper), but not
    by the echoes."""
    with server.cursor(name=f"pull_{kind}") as cursor:  # a server-side cursor: streamed
        cursor.itersize = BATCH
        cursor.execute(
            f"SELECT {server_select(kind)} FROM public.{kind}"
            " WHERE change_xid >= %s::xid8 AND change_xid < %s::xid8"
            " AND NOT change_xid = ANY(%s::xid8[])"
            " ORDER BY change_xid, change_seq",
            span,
        )
        while rows := cursor.fetchmany(BATCH):
            yield rows


def _conflicts(connection: sqlite3.Connection, records: list[dict[str, Any]]) -> Counter[Action]:
    """Conflict copies from the server: added when missing; settled there → settled here."""
    names = COLUMNS["conflicts"]
    counts: Counter[Action] = Counter()
    for record in records:
        inserted = connection.execute(
            f"INSERT OR IGNORE INTO conflicts ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            [record[name] for name in names],
        ).rowcount
        if inserted:
            counts[Action.NEW] += 1
            continue
        settled = connection.execute(
            "UPDATE conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"
            " AND ? IS NOT NULL",
            (record["resolved_at"], record["id"], record["resolved_at"]),
        ).rowcount
        counts[Action.UPDATED if settled else Action.UNCHANGED] += 1
    return counts


def _note_synced(connection: sqlite3.Connection, kind: str, records: list[dict[str, Any]]) -> None:
    """The pulled records the laptop now holds exactly as the server does need no push."""
    ids = [record["id"] for record in records]
    mine = laptop.laptop_marks(connection, kind, ids)
    same: list[tuple[str, str]] = []
    for record in records:
        row = mine.get(record["id"])
        if row is None:
            continue
        if kind in MERGED:
            versions, updated_at, _mark = row
            if json.loads(versions) != record["versions"] or updated_at != record["updated_at"]:
                continue  # merged into something new here (a conflict): to be pushed
        elif kind == "conflicts" and (row[-1] or None) != record["resolved_at"]:
            continue
        same.append((record["id"], str(row[-1])))
    laptop.mark_synced(connection, kind, same)
