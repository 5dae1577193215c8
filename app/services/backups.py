"""Backups of the database file: taken with SQLite's backup API, rotated, restorable.

Backups live in ``backups/`` beside the database, named
``<stem>-<UTC time>-<reason>.db`` so that a listing needs no database. Rotation keeps the
newest backup of each of the last 7 days, 4 ISO weeks and 6 months (and always the newest
one); everything else is deleted, and so are copies a process left half-written (see
``remove_unfinished``). Restoring first backs up the current file.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.db.backup import backup_folder, copy_database, open_source, timestamped_name
from app.db.schema_version import KNOWN_REVISIONS, current_revision
from app.domain.errors import NewerSchemaError, NotACatalogueError, describe

# A copy is written to a hidden ``.<backup name>.<random>.partial`` beside its final name
# (``app.whole_file``) and renamed when whole; an unfinished one is rewritten continually, so
# one untouched for this long was abandoned.
UNFINISHED_AFTER = timedelta(hours=1)
_UNFINISHED_ENDINGS = (".partial", ".partial-journal")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9-]+)\.[A-Za-z0-9]+$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    reason: str

    @property
    def label(self) -> str:
        return self.reason.replace("-", " ")


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups of ``database``, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != database.stem or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, path.stat().st_size, match["reason"]))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def take_backup(database: Path, reason: str = "manual", now: datetime | None = None) -> BackupInfo:
    """A consistent copy of ``database`` now (safe while other connections write)."""
    moment = now or datetime.now(UTC)
    target = backup_folder(database) / timestamped_name(database, reason, moment)
    counter = 1
    while target.exists():  # two backups within one second
        counter += 1
        target = backup_folder(database) / timestamped_name(database, f"{reason}-{counter}", moment)
    copy_database(database, target)
    return BackupInfo(target, moment.replace(microsecond=0), target.stat().st_size, reason)


def changed_since_last_backup(database: Path) -> bool:
    """True when the file (or its write-ahead log) was written after the newest backup."""
    backups = list_backups(database)
    if not backups:
        return True
    newest = backups[0].taken_at.timestamp()
    written = max(
        (p.stat().st_mtime for p in (database, database.with_name(database.name + "-wal"))
         if p.exists()),
        default=0.0,
    )  # fmt: skip
    return written > newest + 1


def remove_unfinished(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the half-written copies of this database's backups that no process is writing
    any more: the window closed while its automatic backup copied a large file (that thread
    does not hold the exit up), the machine stopped, the process was killed. Each can be as
    large as the database, and nothing else would ever remove it. Returns what was deleted."""
    moment = (now or datetime.now(UTC)).timestamp()
    removed = []
    for path in backup_folder(database).glob(f".{glob.escape(database.stem)}-*.partial*"):
        try:
            idle = moment - path.stat().st_mtime
        except OSError:  # gone meanwhile
            continue
        if path.name.endswith(_UNFINISHED_ENDINGS) and idle > UNFINISHED_AFTER.total_seconds():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def rotate(
    database: Path, now: datetime | None = None, policy: BackupPolicy = BackupPolicy()
) -> list[Path]:
    """Delete backups the policy does not keep, and abandoned half-written copies; returns
    the backups deleted."""
    moment = now or datetime.now(UTC)
    remove_unfinished(database, moment)
    backups = list_backups(database)  # newest first
    keep: set[Path] = set()
    if backups:
        keep.add(backups[0].path)
    buckets = (
        (policy.daily, lambda t: t.date(), timedelta(days=policy.daily)),
        (policy.weekly, lambda t: t.isocalendar()[:2], timedelta(weeks=policy.weekly)),
        (policy.monthly, lambda t: (t.year, t.month), timedelta(days=31 * policy.monthly)),
    )
    for count, bucket_of, horizon in buckets:
        seen: set[object] = set()
        for info in backups:
            bucket = bucket_of(info.taken_at)
            if bucket in seen or moment - info.taken_at > horizon or len(seen) >= count:
                continue
            seen.add(bucket)
            keep.add(info.path)
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore_backup(database: Path, backup: Path) -> BackupInfo:
    """Replace the contents of ``database`` with ``backup``; returns the safety copy taken
    of the current contents first. Other connections see the restored data at once.

    ``backup`` is checked first (``verify_catalogue_file``); a file refused changes nothing.
    It is read without creating anything beside it, so a backup on a read-only medium works.
    """
    verify_catalogue_file(backup)
    safety = take_backup(database, "before-restore")
    source = open_source(backup, in_use=False)
    target = sqlite3.connect(database, timeout=10)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return safety


def verify_catalogue_file(path: Path) -> None:
    """Refuse, in one line, anything but a sound Practice Catalogue database this release can
    open: another application's database, a newer version's, or a damaged file."""
    where = describe(path)
    try:
        connection = open_source(path, in_use=False)
        try:
            revision = current_revision(connection)
            if revision is None:
                raise NotACatalogueError(f"{where} is not a Practice Catalogue database")
            if revision not in KNOWN_REVISIONS and not _later(revision):
                raise NotACatalogueError(
                    f"{where} is not a Practice Catalogue database (another application's "
                    f"schema {revision!r})"
                )
            if revision not in KNOWN_REVISIONS:
                raise NewerSchemaError(
                    f"{where} was written by a newer version of Practice Catalogue (schema "
                    f"{revision}); this version cannot restore it"
                )
            # One line: SQLite's own report spreads over several.
            problems = [
                " ".join(str(row[0]).split()) for row in connection.execute("PRAGMA quick_check(3)")
            ]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotACatalogueError(f"{where} cannot be read as a database ({error})") from error
    if problems != ["ok"]:
        raise NotACatalogueError(f"{where} is damaged ({'; '.join(problems)})")


def _later(revision: str) -> bool:
    """Revisions of this application are numbered ``0001``, ``0002``…"""
    return revision.isdigit() and int(revision) > int(KNOWN_REVISIONS[-1])


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def folder_of(database: Path) -> str:
    return os.fspath(backup_folder(database))


def put_back(backup: Path, database: Path) -> None:
    """Copy ``backup`` to ``database`` (a damaged file set aside first by the caller)."""
    copy_database(backup, database, in_use=False)  # a backup: read it in place, immutable
