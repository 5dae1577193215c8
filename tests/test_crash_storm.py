"""A process saving notes is killed with SIGKILL at random moments, again and again: after
every kill the file passes SQLite's integrity check and every save that returned is there.

Short by default; ``--storm-kills=200`` (see conftest.py) makes it a long storm."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run_until_killed(db: Path, saves_before_kill: int) -> set[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.storm_saver", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    saved: set[str] = set()
    assert process.stdout.readline().strip() == "ready"
    count = 0
    while count < saves_before_kill:
        line = process.stdout.readline()
        assert line, "the saver died by itself: " + (
            process.stderr.read() if process.stderr else ""
        )
        assert line.startswith("saved "), line + (process.stderr.read() if process.stderr else "")
        saved.add(line.split()[1])
        count += 1
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return saved


def test_sigkill_storm(db_path: Path, request: pytest.FixtureRequest) -> None:
    kills = int(request.config.getoption("--storm-kills"))
    rng = random.Random(20121231)
    returned: set[str] = set()
    for _ in range(kills):
        returned |= run_until_killed(db_path, rng.randint(1, 40))
        with sqlite3.connect(db_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in connection.execute("SELECT id FROM test_notes")}
        missing = returned - stored
        assert not missing, f"{len(missing)} saves that had returned were lost"
    assert returned
