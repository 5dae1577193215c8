"""Every file written is whole or not written: a full disk, devices, pipes and links.

Devices are made afresh in the test's folder when running as root: the code before this fix
replaced ``-o /dev/full`` with a regular file, and a test must not break the machine it
proves a bug on. The full disk is a file-size limit (``RLIMIT_FSIZE``, with ``SIGXFSZ``
ignored so a write fails with ``EFBIG`` instead of killing the process), set in a child
process: it needs no privileges and stops each write where a disk that fills would.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
import threading
from hashlib import sha256
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from tests.factories import add_note

FORMATS = ("json", "csv", "xlsx", "pdf")
# Above SQLite's 32 KiB shared-memory file (the export reads a WAL-mode database), below
# every report written from the ``full`` fixture.
LIMIT = 40_000
OLD = b"the previous export, which must survive\n"


@pytest.fixture
def full(db_path: Path) -> Path:
    """A database whose every export is larger than ``LIMIT``."""
    sessions = Sessions(db_path)
    try:
        for index in range(60):
            add_note(
                sessions,
                "Help desk",
                "Tartu",
                status=NoteStatus.COMPLETED,
                # Hex digests: text a ZIP (an XLSX) cannot squeeze below the limit.
                body=" ".join(sha256(f"{index}.{n}".encode()).hexdigest() for n in range(20)),
            )
    finally:
        sessions.dispose()
    return db_path


def run_on_a_full_disk(*args: str, limit: int = LIMIT) -> subprocess.CompletedProcess[str]:
    def fill_at_limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=fill_at_limit,  # the limit, in the child only
        timeout=180,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no "Exception ignored", no traceback
    assert lines[0].startswith("practice-catalogue: error:")
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_keeps_the_old_file_and_says_so(fmt: str, full: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"report.{fmt}"
    target.write_bytes(OLD)
    result = run_on_a_full_disk("export", "--format", fmt, "-o", str(target), "--db", str(full))
    one_line_error(result, str(target))
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(folder)) == [target.name]  # no temporary file left


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_limit_the_same_export_is_written(fmt: str, full: Path, tmp_path: Path) -> None:
    target = tmp_path / f"report.{fmt}"
    target.write_bytes(OLD)
    result = run_on_a_full_disk(
        "export", "--format", fmt, "-o", str(target), "--db", str(full), limit=2**40
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > LIMIT  # so the test above really filled the disk
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.fixture
def devices(tmp_path: Path) -> dict[str, Path]:
    """``/dev/null`` and ``/dev/full``. As root (who could replace the real ones, and did,
    before this fix), the same devices made afresh in a private folder."""
    if os.geteuid() != 0:
        return {"null": Path("/dev/null"), "full": Path("/dev/full")}
    folder = tmp_path / "dev"
    folder.mkdir()
    made = {}
    for name, minor in (("null", 3), ("full", 7)):
        made[name] = folder / name
        os.mknod(made[name], stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return made


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_full_is_one_line_and_the_device_stays(
    fmt: str, db_path: Path, devices: dict[str, Path]
) -> None:
    device = devices["full"]
    before = os.stat(device)
    result = run_on_a_full_disk(
        "export", "--format", fmt, "-o", str(device), "--db", str(db_path), limit=2**40
    )
    line = one_line_error(result, str(device))
    assert "no space" in line
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_null_is_written_through(fmt: str, db_path: Path, devices: dict[str, Path]) -> None:
    device = devices["null"]
    before = os.stat(device)
    result = run_on_a_full_disk(
        "export", "--format", fmt, "-o", str(device), "--db", str(db_path), limit=2**40
    )
    assert result.returncode == 0, result.stderr
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with path.open("rb") as handle:
            into.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_a_named_pipe_is_written_through(fmt: str, db_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = read_fifo(fifo, received)
    assert main(["export", "--format", fmt, "-o", str(fifo), "--db", str(db_path)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe, not replaced by a file
    data = received[0]
    if fmt == "json":
        assert len(json.loads(data)["practices"]) == 15
    elif fmt == "csv":
        assert data.startswith("\ufeff".encode()) and b"Practice" in data
    else:
        assert data.startswith(b"PK")
    assert sorted(os.listdir(tmp_path)) == sorted(["pipe", "catalogue.db", *_companions(tmp_path)])


def _companions(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith("catalogue.db-")]


def test_a_pdf_goes_through_a_named_pipe(qapp: Any, db_path: Path, tmp_path: Path) -> None:
    from app.__main__ import main as full_main

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = read_fifo(fifo, received)
    assert full_main(["export", "--format", "pdf", "-o", str(fifo), "--db", str(db_path)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received[0].startswith(b"%PDF") and b"%%EOF" in received[0][-64:]


def test_a_pdf_named_with_bytes_that_are_not_utf8_is_written(
    qapp: Any, db_path: Path, tmp_path: Path
) -> None:
    from app.__main__ import main as full_main

    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xffolder"))  # Qt cannot spell this name
    folder.mkdir()
    target = folder / os.fsdecode(b"r\xe9port.pdf")
    assert full_main(["export", "--format", "pdf", "-o", str(target), "--db", str(db_path)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    assert os.listdir(folder) == [target.name]


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_a_symlink_is_kept_and_its_target_replaced(fmt: str, db_path: Path, tmp_path: Path) -> None:
    real = tmp_path / "shared" / f"real.{fmt}"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / f"link.{fmt}"
    link.symlink_to(real)
    assert main(["export", "--format", fmt, "-o", str(link), "--db", str(db_path)]) == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() != OLD and real.stat().st_size > 100
    assert sorted(os.listdir(real.parent)) == [real.name]


def test_a_folder_or_a_missing_folder_is_refused_in_words(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path), "--db", str(db_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "x.json"
    assert main(["export", "-o", str(missing), "--db", str(db_path)]) == 1
    assert "does not exist" in capsys.readouterr().err
