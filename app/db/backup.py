"""Consistent copies of a database file with SQLite's online backup API.

A copy taken while another connection writes is still a consistent snapshot. It is written
whole or not at all (``app.whole_file``): under a temporary name, synced, its header checked
against its size, then renamed. Copies are in rollback-journal mode, not WAL, so they can be
read where nothing may be created beside them (a read-only medium), and they take the
source's permission bits in a 0700 ``backups/`` folder: a backup holds every note.
"""

from __future__ import annotations

import errno
import sqlite3
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from app.whole_file import mode_like, private_folder, whole_path

BACKUP_FOLDER = "backups"
_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-journal", "-wal", "-shm")


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def open_source(path: Path, *, in_use: bool = True) -> sqlite3.Connection:
    """A read-only connection to copy ``path`` from.

    A file nothing else writes (``in_use=False``: a backup, a file to restore) is opened
    immutable unless a write-ahead log lies beside it, so SQLite creates no ``-wal``/``-shm``
    beside it, and a read-only medium works. A live database is opened read-only as usual,
    so the copy is a snapshot even while another connection writes.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if in_use or wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def copy_database(
    source: Path, target: Path, *, mode: int | None = None, in_use: bool = True
) -> Path:
    """Copy ``source`` to ``target`` (created 0600-then-``mode``, default the source's)."""
    private_folder(target.parent)
    final_mode = mode_like(source) if mode is None else mode
    with whole_path(target, mode=final_mode, verify=check_copy) as partial:
        try:
            reader = open_source(source, in_use=in_use)
            try:
                writer = sqlite3.connect(partial)
                try:
                    reader.backup(writer)
                    # The pages copied from a WAL-mode file say "WAL" in the header.
                    writer.execute("PRAGMA journal_mode = DELETE")
                finally:
                    writer.close()
            finally:
                reader.close()
        except BaseException:
            for suffix in _COMPANIONS:  # a journal left by a copy that failed half-way
                with suppress(OSError):
                    partial.with_name(partial.name + suffix).unlink(missing_ok=True)
            raise
    return target


def check_copy(path: Path) -> None:
    """The copy on disk is an SQLite file in rollback-journal mode, as long as its header says.

    Read back after ``fsync``: a copy cut short by a full disk, or still in WAL mode, fails.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
        size = handle.seek(0, 2)
    if len(header) < 100 or not header.startswith(_HEADER):
        raise OSError(errno.EIO, "the copy on disk is not a complete database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[18:20] != b"\x01\x01":
        raise OSError(errno.EIO, "the copy on disk is still in write-ahead-log mode")
    if size != page_size * pages:
        raise OSError(errno.EIO, "the copy on disk is cut short: the disk may be full")


def timestamped_name(database: Path, reason: str, moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return f"{database.stem}-{moment:%Y%m%dT%H%M%SZ}-{reason}{database.suffix or '.db'}"
