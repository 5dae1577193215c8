"""Merging an exchange file into a database, by id, all or nothing (rules: ``merge_rules``).

One transaction: a failure or a cancel leaves the database as it was. The file is read and
checked in batches on the calling thread while a second thread plans and writes the batches
before it (``batch_merger``), so SQLite works while Python reads, and memory stays bounded
whatever the file's size (a million notes: 0.9 GB of JSON). Bulk writes switch the
search-index triggers off; the practices they touched are indexed at once when few, or
queued (``practice_search_pending``) for the background indexer.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.db.bulk import indexes_rebuilt
from app.db.connect import connect
from app.db.search_index import NOTE_TRIGGERS, PRACTICE_INSERT_TRIGGER, triggers_suspended
from app.services.exchange.batch_merger import BatchMerger
from app.services.exchange.merge_plan import (
    KINDS,
    LISTED,
    Action,
    Change,
    MergeCancelled,
    MergePlan,
)
from app.services.exchange.reading import (
    BATCH,
    Batch,
    ExchangeDocument,
    ExchangeError,
    ExchangeReader,
    open_exchange_file,
    paused_gc,
)
from app.services.progress import Progress

__all__ = [
    "LISTED", "Action", "Change", "MergeCancelled", "MergePlan",
    "merge", "merge_file", "plan_file",
]  # fmt: skip

BULK_CACHE_KB = 448 * 1024
_QUEUED = 4  # batches read ahead of the writer
_MANY_NOTES = 50_000  # an import this large builds the notes' indexes afresh, if it doubles them
_BYTES_PER_NOTE = 1000  # a little more than a note of our exports, for an estimate
Ticker = Callable[[], tuple[int, int]]  # (done, total), asked after each batch


def merge_file(
    database: Path, source: Path, progress: Progress | None = None, *, previewed: str = ""
) -> MergePlan:
    """Import the exchange file ``source`` into ``database``, reading it as it is merged.
    ``previewed``: the digest of the file a preview was made of (``MergePlan.digest``); a
    file that changed since is refused, and nothing is written."""
    with open_exchange_file(source) as reader:
        job = _Pipeline(database, reader.name, write=True, notes=reader.size // _BYTES_PER_NOTE)
        plan = job.run(_unchanged(reader, previewed), progress, _bytes_of(reader))
        plan.digest = reader.digest
        return plan


def plan_file(database: Path, source: Path, progress: Progress | None = None) -> MergePlan:
    """What importing ``source`` would do, without writing anything."""
    with open_exchange_file(source) as reader:
        job = _Pipeline(database, reader.name, write=False)
        plan = job.run(reader.batches(), progress, _bytes_of(reader))
        plan.digest = reader.digest
        return plan


def _unchanged(reader: ExchangeReader, previewed: str) -> Iterator[Batch]:
    yield from reader.batches()
    if previewed and reader.digest != previewed:  # before the commit: rolled back
        raise ExchangeError(
            f"'{reader.name}' changed after the preview; import it again to see what it holds"
        )


def merge(
    database: Path, document: ExchangeDocument, progress: Progress | None = None
) -> MergePlan:
    """Import a document already in memory (checked when it was read)."""
    job = _Pipeline(database, document.name, write=True, notes=len(document.notes))
    batches, ticker = _batches_of(document)
    return job.run(batches, progress, ticker)


def _bytes_of(reader: ExchangeReader) -> Ticker:
    return lambda: (reader.bytes_done, max(reader.size, 1))


def _batches_of(document: ExchangeDocument) -> tuple[Iterator[Batch], Ticker]:
    total = max(sum(len(getattr(document, kind)) for kind in KINDS), 1)
    done = [0]

    def batches() -> Iterator[Batch]:
        for kind in KINDS:
            records = getattr(document, kind)
            for start in range(0, len(records), BATCH):
                batch = Batch(kind, start, records[start : start + BATCH])
                done[0] += len(batch.records)
                yield batch

    return batches(), lambda: (done[0], total)


_END, _ABORT = object(), object()


class _AbortedError(Exception):
    """The reading side failed or was cancelled; it raises its own error."""


class _Pipeline:
    """Read on the calling thread, merge on another; the first failure on either side stops
    both, and the transaction is rolled back."""

    def __init__(self, database: Path, name: str, *, write: bool, notes: int = 0) -> None:
        self.database, self.name, self.write = database, name, write
        self.expected_notes = notes
        self.handoff: queue.Queue[Any] = queue.Queue(maxsize=_QUEUED)
        self.failed = threading.Event()
        self.ended = False  # the merging thread took the last item
        self.plan: MergePlan | None = None
        self.error: BaseException | None = None
        self.settled = threading.Event()  # committed, or failed and rolled back
        self.abort = threading.Event()  # the reading side asks for a rollback
        self.ready = threading.Event()  # the merging thread is about to commit...
        self.decided = threading.Event()  # ...and waits for a last word on Cancel
        self.connection: sqlite3.Connection | None = None  # the merging thread's, to interrupt

    def run(self, batches: Iterator[Batch], progress: Progress | None, ticker: Ticker) -> MergePlan:
        # Not a daemon (a thread started from one would be): quitting waits for the commit.
        worker = threading.Thread(target=self._work, name="merge", daemon=False)
        with paused_gc():  # for both threads: the collector's switch is the process's
            worker.start()
            try:
                for batch in batches:
                    if self.failed.is_set():
                        break
                    self.handoff.put(batch)
                    if progress is not None and progress(*ticker()) is False:
                        raise MergeCancelled
                self.handoff.put(_END)
                # The last stretch (references, indexes) can take seconds: Cancel still works
                # until the commit, which waits for an answer asked after it was ready.
                while not self.settled.wait(0.05):
                    ready = self.ready.is_set()
                    if progress is not None and progress(*ticker()) is False:
                        self.abort.set()
                        self._interrupt()  # composing the search documents takes a while
                    if ready:
                        self.decided.set()
            except BaseException:  # a failure while reading, Cancel, or Ctrl+C
                self.abort.set()
                self._interrupt()
                self.decided.set()
                self.handoff.put(_ABORT)
                worker.join()
                raise
        if self.error is not None:  # MergeCancelled when Cancel came after the last record
            raise self.error
        assert self.plan is not None
        return self.plan

    def _interrupt(self) -> None:
        connection = self.connection
        if connection is not None:  # interrupt() is the one call safe from another thread
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                connection.interrupt()

    # -- the merging thread ---------------------------------------------------------------

    def _work(self) -> None:
        connection: sqlite3.Connection | None = None
        try:
            # Not read_only=True even for a plan: that connection would be immutable and
            # miss what the write-ahead log holds (notes saved since the last checkpoint).
            connection = self.connection = connect(self.database)
            self.plan = self._write(connection) if self.write else self._plan(connection)
        except BaseException as error:  # handed to the reading thread, which raises it
            cancelled = isinstance(error, sqlite3.OperationalError) and self.abort.is_set()
            self.error = MergeCancelled() if cancelled else error
            self.failed.set()
            while not self.ended and self.handoff.get() not in (_END, _ABORT):
                pass  # let the reading thread finish putting
            if connection is not None:
                self.connection = None
                connection.close()  # before the reading thread hears of it
                connection = None
        finally:
            self.settled.set()
            if connection is not None:
                if self.write and self.plan is not None:
                    _fold_log(connection)
                connection.close()

    def _plan(self, connection: sqlite3.Connection) -> MergePlan:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("BEGIN")
        try:
            merger = BatchMerger(connection, self.name, write=False)
            self._consume(merger)
            return merger.plan
        finally:
            connection.execute("ROLLBACK")

    def _write(self, connection: sqlite3.Connection) -> MergePlan:
        # Inserting a million rows into random-keyed indexes wants a large page cache: pages
        # of the id index that leave it are written to the log again and again (measured with
        # random ids: 512 MB 45-55 s, 256 MB 46-60 s, SQLite's default 2 MB twice as slow;
        # 448 MB as fast as 512 (53-56 s until searchable) with the peak 1,016 -> 945-961 MB).
        # It lasts as long as the connection; SQLite takes the memory only as pages come.
        # Every reference is checked before the commit (``check_references``) whatever the
        # order of the file; SQLite's own checks would cost two lookups per row (measured:
        # 4 s of a million notes) and refuse a note that comes before its practice.
        connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # not in the commit: _fold_log
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("UPDATE practice_search_state SET deferred = 1")
            merger = BatchMerger(connection, self.name, write=True)
            with (
                triggers_suspended(connection, (*NOTE_TRIGGERS, PRACTICE_INSERT_TRIGGER)),
                indexes_rebuilt(connection, "test_notes", when=self._many_notes(connection)),
            ):
                self._consume(merger)
            connection.execute("UPDATE practice_search_state SET deferred = 0")
            merger.index()
            self.ready.set()
            self.decided.wait()
            if self.abort.is_set():  # Cancel or Ctrl+C after the last record was read
                raise MergeCancelled
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # an interrupted write has rolled back already
                connection.execute("ROLLBACK")
            raise
        return merger.plan

    def _many_notes(self, connection: sqlite3.Connection) -> bool:
        """At least as many notes coming as there are: build their indexes afterwards."""
        if self.expected_notes < _MANY_NOTES:
            return False
        there = connection.execute("SELECT count(*) FROM test_notes").fetchone()[0]
        return bool(there <= self.expected_notes)

    def _consume(self, merger: BatchMerger) -> None:
        while True:
            item = self.handoff.get()
            if item is _END or item is _ABORT:
                self.ended = True
                if item is _ABORT:
                    raise _AbortedError
                merger.check_references()
                return
            merger.take(item)


def _fold_log(connection: sqlite3.Connection) -> None:
    """Copy the write-ahead log into the database file, after the reading thread has
    returned. The import is committed and durable before this; the copy writes everything
    imported a second time (3-9 s for a million notes on this disk), which nobody need wait
    for. Readers holding older snapshots keep part of it for a later checkpoint."""
    with contextlib.suppress(sqlite3.Error):
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
