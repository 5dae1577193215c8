"""Opening the same file twice brings the first window forward instead of a second window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.shell.single_instance import SingleInstance

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


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
