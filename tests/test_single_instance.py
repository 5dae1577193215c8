"""Opening the same file twice brings the first window forward instead of a second window.

The lock and knock files live in a private folder (the per-user runtime folder), never in the
shared temporary folder where another user could plant them."""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.shell.single_instance import SingleInstance, private_folder, runtime_folder

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


@pytest.fixture(autouse=True)
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A per-user runtime folder of this test's own, for this process and its children."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setitem(ENV, "XDG_RUNTIME_DIR", str(folder))
    return folder


def old_base(database: Path) -> Path:
    """Where the files used to be: a guessable name in the shared temporary folder."""
    key = f"{getpass.getuser()}:{database.resolve()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"practice-catalogue-{digest}"


def test_second_start_hands_over_to_the_first(db_path: Path, tmp_path: Path) -> None:
    first = subprocess.Popen(
        [sys.executable, "-m", "tests.instance_driver", str(db_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "first"
    second = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path)],
        capture_output=True, text=True, timeout=60, env=dict(ENV, HOME=str(tmp_path)), check=False,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr  # it ended at once, opening no window
    out, err = first.communicate(timeout=60)
    assert out.strip() == "activated", err


def test_another_file_is_not_handed_over(qapp: QApplication, db_path: Path, tmp_path: Path) -> None:
    mine = SingleInstance(db_path)
    other = SingleInstance(tmp_path / "other.db")
    try:
        assert mine.claim() and other.claim()
    finally:
        mine.release()
        other.release()


def test_a_crashed_first_instance_does_not_block(qapp: QApplication, db_path: Path) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c",
         "import os, sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
         "from app.ui.shell.single_instance import SingleInstance; app = QCoreApplication([]);"
         f"s = SingleInstance(Path({str(db_path)!r})); print(s.claim()); os._exit(9)"],
        capture_output=True, text=True, timeout=60, env=ENV, check=False,
    )  # fmt: skip
    assert crashed.stdout.strip() == "True"
    after = SingleInstance(db_path)
    try:
        assert after.claim()  # the stale lock of the dead process is taken over
    finally:
        after.release()


def test_the_files_are_in_a_private_folder_and_gone_after_release(
    qapp: QApplication, db_path: Path, runtime: Path
) -> None:
    instance = SingleInstance(db_path)
    assert instance.claim()
    assert instance.lock_file.parent == runtime and instance.knock_file.parent == runtime
    assert instance.lock_file.exists() and instance.knock_file.exists()
    info = runtime.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
    assert stat.S_IMODE(instance.knock_file.stat().st_mode) & 0o077 == 0
    instance.release()
    assert list(runtime.iterdir()) == []


def test_the_files_are_gone_after_the_first_process_ends(db_path: Path, runtime: Path) -> None:
    test_second_start_hands_over_to_the_first(db_path, runtime.parent)
    assert list(runtime.iterdir()) == []


@pytest.fixture
def planted_in_tmp(db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """Another user's plants at the old names: a lock held by a live process, and the knock
    file a link to a file of ours."""
    base = old_base(db_path)
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    lock, knock = base.with_suffix(".lock"), base.with_suffix(".knock")
    lock.write_text(f"{os.getppid()}\npractice-catalogue\n\n")
    knock.symlink_to(target)
    yield target
    lock.unlink(missing_ok=True)
    knock.unlink(missing_ok=True)


def test_plants_in_the_shared_temporary_folder_are_harmless(
    qapp: QApplication, db_path: Path, planted_in_tmp: Path
) -> None:
    instance = SingleInstance(db_path)
    try:
        assert instance.claim()  # we are first: the planted lock is not ours to obey
    finally:
        instance.release()
    assert planted_in_tmp.read_text() == "keep me"


def test_a_link_planted_as_knock_file_is_not_written_through(
    qapp: QApplication, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    first = SingleInstance(db_path)
    first.knock_file.symlink_to(target)
    try:
        assert first.claim()
        assert not first.knock_file.is_symlink()  # replaced by a file of our own
        first.knock_file.unlink()
        first.knock_file.symlink_to(target)  # planted while the first one runs
        assert SingleInstance(db_path).claim()  # cannot knock: opens a window instead
    finally:
        first.release()
    assert target.read_text() == "keep me"


def test_a_shared_runtime_folder_is_not_used(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    link = tmp_path / "link"
    link.symlink_to(shared)
    assert not private_folder(shared) and not private_folder(link)
    for runtime in (shared, link, tmp_path / "missing"):
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        folder = runtime_folder()
        assert folder is not None and private_folder(folder)
        assert stat.S_IMODE(shared.stat().st_mode) & 0o077 == 0 or folder != shared
