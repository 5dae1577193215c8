"""One sync of a laptop with the server: push what changed here, then pull what changed
there. Safe to run on a worker thread (it opens its own connections); the window passes a
``Progress`` callback whose False cancels, and gets a ``SyncSummary`` back.

Push first: a record changed on both sides then meets its conflict on the server, which
keeps both versions and hands both (the shown one and the conflict copy) back in the pull.
Nothing is lost however a sync ends: pushed batches are committed on the server before the
laptop notes them (pushing one again changes nothing), and a pull is one SQLite transaction
with its cursor.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg

from app.db.connect import connect as connect_laptop
from app.db.postgres import ServerError, connect, describe, without_password, worded
from app.db.server_schema import HEAD, current_revision
from app.services.exchange.merge_plan import MergeCancelled
from app.services.progress import Progress
from app.services.sync import laptop
from app.services.sync.ahead import ReadAhead
from app.services.sync.pull import pull
from app.services.sync.push import Outcome, Pusher, read_rights
from app.services.sync.rows import KINDS, label
from app.services.sync.summary import Refusal, SyncCancelled, SyncSummary, Tally
from app.services.sync.unsynced import unsynced_count

BATCH = 2000


def remembered_url(database: Path) -> str | None:
    """The address this database last synced with (without a password), if any."""
    connection = connect_laptop(database)
    try:
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        return laptop.remembered_url(connection) if exists else None
    finally:
        connection.close()


def sync(
    database: Path,
    url: str | None = None,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> SyncSummary:
    """Sync ``database`` (an opened, migrated catalogue file) with the server at ``url`` (or
    the one it remembers). Raises ``ServerError`` (unreachable, password, schema, connection
    lost), ``SyncCancelled``; refused records are in the summary, not raised."""
    connection = connect_laptop(database)
    try:
        laptop.prepare(connection)
        url = url or laptop.remembered_url(connection)
        if not url:
            raise ServerError(
                "no server to sync with: give its address once, for example"
                " postgresql://NAME@HOST:5432/DATABASE"
            )
        with worded(url):
            summary = _Sync(database, connection, url, password, progress, batch).run()
        connection.execute("BEGIN IMMEDIATE")
        laptop.set_meta(connection, laptop.URL_KEY, without_password(url))
        connection.execute("COMMIT")
        return summary
    finally:
        connection.close()


class _Sync:
    def __init__(
        self, database: Path, connection: sqlite3.Connection, url: str, password: str | None,
        progress: Progress | None, batch: int,
    ) -> None:  # fmt: skip
        self.database, self.connection, self.url = database, connection, url
        self.password, self.progress, self.batch = password, progress, batch
        self.sent, self.received = Tally(), Tally()
        self.refusals: list[Refusal] = []
        self.done = 0

    def run(self) -> SyncSummary:
        with connect(self.url, password=self.password, autocommit=True) as server:
            _check_schema(server, self.url)
            identity = _identity(server)
            full = self._restarted(server, identity)
            rights = read_rights(server)
            pusher = Pusher(server, rights, f"sync by {rights.user}")
            total = laptop.count_unsynced(self.connection, KINDS)
            echoes: list[str] = []
            with ReadAhead(self.database, KINDS, self.batch) as batches:
                for kind, items in batches:
                    outcome = pusher.push(kind, items)
                    self._noted(kind, items, outcome)
                    echoes.extend(outcome.echoes)
                    self.done += len(items)
                    self._tick(total)
            laptop.completed_scan(self.connection)
            server.autocommit = False  # the pull reads one snapshot
            since = laptop.get_meta(self.connection, laptop.CURSOR_KEY) or "0"
            origin = f"the catalogue server ({describe(self.url)})"
            try:
                counts, _ = pull(
                    server, str(self.database), since, identity,
                    lambda pulled: self._tick(0, pulled), origin, echoes,
                )  # fmt: skip
            except MergeCancelled:
                raise SyncCancelled from None
        for counter in counts.values():
            self.received.add(counter)
        return SyncSummary(
            server=without_password(self.url),
            sent=self.sent.frozen(),
            received=self.received.frozen(),
            refused=tuple(self.refusals),
            full=full,
        )

    def _restarted(self, server: psycopg.Connection[Any], identity: str) -> bool:
        """A server other than the one last synced with (restored from a backup, or new):
        forget what it was thought to have, so everything is pushed and pulled again."""
        known = laptop.get_meta(self.connection, laptop.SERVER_KEY)
        cursor = laptop.get_meta(self.connection, laptop.CURSOR_KEY)
        behind = False
        if cursor is not None:  # a server whose transactions went back in time
            row = server.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")
            behind = int(row.fetchone()[0]) < int(cursor)  # type: ignore[index]
        if known == identity and not behind:
            return False
        laptop.forget_server(self.connection)
        return known is not None

    def _noted(self, kind: str, items: list[tuple[dict[str, Any], str]], outcome: Outcome) -> None:
        """After the server's commit: what it has, and what it refused, noted here."""
        self.connection.execute("BEGIN IMMEDIATE")
        laptop.mark_synced(self.connection, kind, outcome.accepted)
        laptop.mark_refused(self.connection, kind, outcome.refused)
        self.connection.execute("COMMIT")
        self.sent.add(outcome.counts)
        records = {record["id"]: record for record, _ in items}
        for record_id, _, reason in outcome.refused:
            self.refusals.append(Refusal(kind, record_id, label(kind, records[record_id]), reason))

    def _tick(self, total: int, pulled: int | None = None) -> bool:
        done = self.done if pulled is None else self.done + pulled
        if self.progress is not None and self.progress(done, total) is False:
            raise SyncCancelled
        return True


def _check_schema(server: psycopg.Connection[Any], url: str) -> None:
    revision = current_revision(server)
    if revision is None:
        raise ServerError(f"there is no catalogue on this server yet ({describe(url)})")
    if revision != HEAD:
        raise ServerError(
            f"the server's catalogue schema is {revision}, this application expects {HEAD}"
            f" ({describe(url)}): "
            + ("update the application" if revision > HEAD else "ask for 'server init'")
        )


def _identity(server: psycopg.Connection[Any]) -> str:
    """Which server this is: its instance id, the cluster's system identifier, the database's
    oid and the timeline. A dump restored into a new database or cluster, or a backup
    recovered to a point in time, changes at least one of them."""
    row = server.execute(
        "SELECT (SELECT id::text FROM public.server_instance),"
        " (SELECT system_identifier::text FROM pg_control_system()),"
        " (SELECT oid::text FROM pg_database WHERE datname = current_database()),"
        " (SELECT timeline_id::text FROM pg_control_checkpoint())"
    ).fetchone()
    assert row is not None
    return "/".join(str(part) for part in row)


__all__ = ["SyncCancelled", "SyncSummary", "remembered_url", "sync", "unsynced_count"]
