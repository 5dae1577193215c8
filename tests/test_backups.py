"""Backups: consistent copies, rotation (7 daily, 4 weekly, 6 monthly) under a fake clock,
restore with a safety copy, and the database check in words."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.db.backup import backup_folder
from app.db.connect import connect
from app.db.engine import Sessions
from app.domain.errors import NotACatalogueError
from app.services.backups import (
    UNFINISHED_AFTER,
    changed_since_last_backup,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
)
from app.services.checking import check_database
from tests.factories import add_note

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def notes_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM test_notes").fetchone()[0])


def test_backup_is_a_consistent_copy(db_path: Path, sessions: Sessions) -> None:
    add_note(sessions, "Help desk", "Tartu", body="kept")
    info = take_backup(db_path, "manual", NOW)
    assert info.path.parent == db_path.parent / "backups"
    assert notes_in(info.path) == 1
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [b.path for b in list_backups(db_path)] == [info.path]


def test_rotation_keeps_7_daily_4_weekly_6_monthly(db_path: Path) -> None:
    moments = [NOW - timedelta(hours=20 * n) for n in range(480)]  # every 20 h, 400 days
    for moment in moments:
        take_backup(db_path, "automatic", moment)
    rotate(db_path, NOW)
    kept = [b.taken_at for b in list_backups(db_path)]
    days = {t.date() for t in kept if NOW - t <= timedelta(days=7)}
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(days) == 7
    assert len(weeks) >= 4
    assert len(months) == 6
    assert len(kept) <= 7 + 4 + 6
    assert kept[0] == NOW  # the newest is always kept
    assert min(kept) > NOW - timedelta(days=31 * 6 + 1)


def test_rotation_never_deletes_the_only_backup(db_path: Path) -> None:
    old = take_backup(db_path, "automatic", NOW - timedelta(days=900))
    assert rotate(db_path, NOW) == []
    assert old.path.exists()


# A backup whose process ends before the copy is renamed to its final name (as when the
# window closes while its automatic backup, on a daemon thread, copies a large file).
_STOPPED_MIDWAY = """
import os, sys
from pathlib import Path
from app.db import backup
from app.services.backups import take_backup
backup.check_copy = lambda path: os._exit(9)  # the copy is on disk, not yet renamed
take_backup(Path(sys.argv[1]), "automatic")
"""


def test_copies_left_half_written_are_removed_once_abandoned(db_path: Path) -> None:
    stopped = subprocess.run(
        [sys.executable, "-c", _STOPPED_MIDWAY, str(db_path)],
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
        check=False,
    )
    assert stopped.returncode == 9
    folder = backup_folder(db_path)
    left = sorted(path.name for path in folder.iterdir())
    assert len(left) == 1 and left[0].startswith(f".{db_path.stem}-")
    assert left[0].endswith(".partial")
    assert list_backups(db_path) == []  # never offered for restoring
    other = folder / ".another-20261127T120000Z-automatic.db.abcd1234.partial"
    other.write_bytes(b"another database's copy")  # not this database's to remove
    kept = take_backup(db_path, "manual", NOW)
    now = datetime.now(UTC)
    rotate(db_path, now)  # written moments ago: it may still be under way
    assert (folder / left[0]).exists()
    rotate(db_path, now + UNFINISHED_AFTER + timedelta(minutes=1))
    remaining = sorted(path.name for path in folder.iterdir())
    assert remaining == sorted([other.name, kept.path.name])


def test_changed_since_last_backup(db_path: Path, sessions: Sessions) -> None:
    assert changed_since_last_backup(db_path)
    take_backup(db_path, "automatic", datetime.now(UTC) + timedelta(seconds=5))
    assert not changed_since_last_backup(db_path)


def test_restore_replaces_contents_and_keeps_a_safety_copy(
    db_path: Path, sessions: Sessions
) -> None:
    backup = take_backup(db_path, "manual", NOW)
    add_note(sessions, "Help desk", "Tartu", body="written after the backup")
    safety = restore_backup(db_path, backup.path)
    assert notes_in(db_path) == 0
    assert notes_in(safety.path) == 1 and safety.reason == "before-restore"


def test_restore_refuses_a_foreign_file(db_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 10)
    before = db_path.read_bytes()
    with pytest.raises(NotACatalogueError):
        restore_backup(db_path, junk)
    assert db_path.read_bytes() == before


def test_check_reports_in_words(db_path: Path) -> None:
    report = check_database(db_path)
    assert report.ok
    assert any("sound" in line for line in report.lines)
    with connect(db_path) as connection:  # with search_fold, which the note's triggers call
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
            " body, created_at, updated_at, revision)"
            " VALUES ('00000000-0000-0000-0000-0000000000aa',"
            " 'missing', 'missing', '', '2012-01-01', 'planned', '', '',"
            " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 1)"
        )
    report = check_database(db_path)
    assert not report.ok
    assert "References: 1 test note(s) point to a missing practice." in report.lines


def test_check_finds_a_damaged_file(db_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A  # scribble over b-tree pages
    damaged.write_bytes(bytes(data))
    report = check_database(damaged)
    assert not report.ok


def test_cli_backup_restore_check(
    db_path: Path, sessions: Sessions, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(db_path)]) == 0
    assert "Backed up to" in capsys.readouterr().out
    add_note(sessions, "Help desk", "Tartu", body="after")
    assert main(["restore", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "backed up to" in out
    assert notes_in(db_path) == 0
    assert main(["check", "--db", str(db_path)]) == 0
    assert "The database is sound." in capsys.readouterr().out
