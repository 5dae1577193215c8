"""Files holding notes stay private; addresses of other databases are refused without their
password; backups restore from read-only places and refuse what this release cannot open.

Modes are checked under a umask of 022 (the usual one, which left every file 0644 before)
from a database made 0600 by its owner.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.db.backup import backup_folder
from app.domain.errors import DatabaseError
from app.services.backups import list_backups, restore_backup, take_backup
from app.services.notes.emergency import write_emergency
from app.services.notes.fields import NoteFields
from app.services.save_outcome import EditTarget

PASSWORD_URL = "postgresql://user:s3cr3t-pw@db.example/prod"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def private_db(db_path: Path) -> Iterator[Path]:
    previous = os.umask(0o022)
    db_path.chmod(0o600)
    try:
        yield db_path
    finally:
        os.umask(previous)


def test_backups_and_their_folder_are_as_private_as_the_database(private_db: Path) -> None:
    info = take_backup(private_db, "manual")
    assert mode(info.path) == 0o600
    assert mode(backup_folder(private_db)) == 0o700


def test_a_backup_follows_a_shared_database_mode(private_db: Path) -> None:
    private_db.chmod(0o640)
    assert mode(take_backup(private_db, "manual").path) == 0o640


def test_the_safety_copy_before_a_restore_is_private(private_db: Path) -> None:
    backup = take_backup(private_db, "manual")
    safety = restore_backup(private_db, backup.path)
    assert safety.path != backup.path and mode(safety.path) == 0o600


def test_emergency_files_are_private(private_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "user" / "emergency"
    target = EditTarget("note-1", "practice-1", None)
    path = write_emergency(folder, private_db, target, NoteFields(body="words of a person"))
    assert mode(path) == 0o600
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert sorted(os.listdir(folder)) == ["note-1.json"]


def test_the_log_is_private(private_db: Path, tmp_path: Path) -> None:
    from app.ui.shell.log_file import start_logging

    root = logging.getLogger()
    before = list(root.handlers)
    path = start_logging(tmp_path / "logs")
    try:
        logging.getLogger("practice_catalogue").error("a note said: words of a person")
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()


def test_an_older_readable_log_is_made_private(tmp_path: Path) -> None:
    from app.ui.shell.log_file import LOG_NAME, start_logging

    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / LOG_NAME).write_text("older lines\n")
    (folder / LOG_NAME).chmod(0o644)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert mode(start_logging(folder)) == 0o600
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()


def test_the_log_rotates_and_every_file_stays_private(tmp_path: Path) -> None:
    from app.ui.shell.log_file import PrivateLog

    path = tmp_path / "app.log"
    handler = PrivateLog(path, maxBytes=300, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("practice_catalogue.rotation_test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(40):
            logger.warning("line %02d of a note's words", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["app.log", "app.log.1", "app.log.2"]  # two older files kept, no more
    assert all(mode(tmp_path / name) == 0o600 for name in names)
    assert all(len((tmp_path / name).read_bytes()) < 300 for name in names)
    assert path.read_text().splitlines()[-1] == "line 39 of a note's words"
    assert "line 00" not in "".join((tmp_path / name).read_text() for name in names)


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_exports_are_private(fmt: str, private_db: Path, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(target), "--db", str(private_db)]) == 0
    assert mode(target) == 0o600


def test_a_pdf_export_is_private(qapp: Any, private_db: Path, tmp_path: Path) -> None:
    from app.__main__ import main as full_main

    target = tmp_path / "out.pdf"
    assert full_main(["export", "--format", "pdf", "-o", str(target), "--db", str(private_db)]) == 0
    assert mode(target) == 0o600


@pytest.mark.parametrize(
    "args", [["export"], ["backup"], ["restore"], ["check"], ["import", "x.json"]]
)
def test_a_postgresql_address_is_refused_without_its_password(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--db", PASSWORD_URL]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("practice-catalogue: error:")
    assert "PostgreSQL" in lines[0] and "SQLite" in lines[0]
    assert "s3cr3t-pw" not in captured.err + captured.out
    assert "user:***@db.example" in lines[0]


def test_restore_from_a_postgresql_address_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", PASSWORD_URL, "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "PostgreSQL" in err and "s3cr3t-pw" not in err


def test_the_window_refuses_a_postgresql_address_without_its_password(qapp: Any) -> None:
    from app.ui import build_main_window

    with pytest.raises(DatabaseError) as refused:
        build_main_window(PASSWORD_URL)
    assert "PostgreSQL" in str(refused.value)
    assert "s3cr3t-pw" not in str(refused.value)


def header_journal(path: Path) -> bytes:
    return path.read_bytes()[18:20]  # 1, 1: rollback journal; 2, 2: write-ahead log


def test_a_backup_is_in_rollback_journal_mode_with_nothing_beside_it(db_path: Path) -> None:
    info = take_backup(db_path, "manual")
    assert header_journal(db_path) == b"\x02\x02"  # the database itself stays in WAL mode
    assert header_journal(info.path) == b"\x01\x01"
    assert sorted(os.listdir(info.path.parent)) == [info.path.name]


def read_only_copy(backup: Path, folder: Path) -> Path:
    folder.mkdir()
    copy = folder / backup.name
    shutil.copyfile(backup, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    return copy


def wal_mode_copy(db_path: Path, target: Path) -> Path:
    """A copy as versions before this one made them: the pages of a WAL-mode file."""
    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    assert header_journal(target) == b"\x02\x02"
    return target


@pytest.mark.parametrize("made_by", ["this version", "an older version"])
def test_restore_from_a_read_only_folder(made_by: str, db_path: Path, tmp_path: Path) -> None:
    from tests.factories import add_note, practice_id

    if made_by == "this version":
        backup = take_backup(db_path, "manual").path
    else:
        backup = wal_mode_copy(db_path, tmp_path / "old-backup.db")
    from app.db.engine import Sessions

    sessions = Sessions(db_path)
    try:
        add_note(sessions, "Help desk", "Tartu", body="written after the backup")
        pid = practice_id(sessions, "Help desk")
    finally:
        sessions.dispose()
    medium = tmp_path / "medium"
    copy = read_only_copy(backup, medium)
    try:
        restore_backup(db_path, copy)
        assert sorted(os.listdir(medium)) == [copy.name]  # no -wal, no -shm beside it
    finally:
        medium.chmod(0o755)
    with sqlite3.connect(db_path) as connection:
        count = connection.execute(
            "SELECT count(*) FROM test_notes WHERE practice_id = ?", (pid,)
        ).fetchone()[0]
    assert count == 0  # the note written after the backup is gone: the backup is back


def test_restore_reads_an_immutable_source(db_path: Path, tmp_path: Path) -> None:
    """Root ignores file permissions, so the test above cannot stop writes beside the copy
    for root; this one proves the source is read in SQLite's immutable mode: a ``-wal`` the
    restore would need to create is never made, even in a writable folder."""
    backup = wal_mode_copy(db_path, tmp_path / "old.db")
    restore_backup(db_path, backup)
    assert not backup.with_name("old.db-wal").exists()
    assert not backup.with_name("old.db-shm").exists()


def restore_line(db_path: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = len(list_backups(db_path))
    assert main(["restore", str(source), "--db", str(db_path)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("practice-catalogue: error:")
    assert len(list_backups(db_path)) == before  # refused before anything was done
    return lines[0]


def test_restore_refuses_another_applications_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same table names, another application's Alembic history: refused by its revision."""
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE practices (id TEXT)")
        connection.execute("CREATE TABLE test_notes (id TEXT)")
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('3f2a9c1d')")
    line = restore_line(db_path, foreign, capsys)
    assert "not a Practice Catalogue database" in line and "3f2a9c1d" in line


def test_restore_refuses_a_newer_versions_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = take_backup(db_path, "manual").path
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    assert "newer version" in restore_line(db_path, newer, capsys)


def test_restore_refuses_a_damaged_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = take_backup(db_path, "manual").path
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page + 8 : 3 * page] = b"\xff" * (page - 8)  # a page of garbage, header intact
    damaged.write_bytes(bytes(data))
    line = restore_line(db_path, damaged, capsys)
    assert "damaged" in line or "cannot be read" in line
