"""A kill -9 while typing loses at most the last two seconds, and the next start finds the
text (saved, or offered back as a draft)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.notes.fields import fields_from_json
from app.services.notes.reader import NotesReader
from tests.typist import word

WORDS_BEFORE_KILL = 40  # 4 seconds of typing
LOSS_ALLOWED_S = 2.0


def start(db: Path, settings: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.typist", str(db), str(settings), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def texts_on_disk(db: Path) -> str:
    """Every note body and every draft's body, as the database holds them now."""
    reader = NotesReader(db)
    try:
        bodies = [row[0] for row in reader.connection.execute("SELECT body FROM test_notes")]
        drafts = [fields_from_json(d.payload).body for d in reader.drafts()]
    finally:
        reader.close()
    return "\n".join(bodies + drafts)


@pytest.mark.parametrize("mode", ["valid", "invalid"])
def test_sigkill_while_typing_loses_at_most_two_seconds(
    db_path: Path, tmp_path: Path, mode: str
) -> None:
    settings = tmp_path / "settings.ini"
    typist = start(db_path, settings, mode)
    typed: list[float] = []
    deadline = time.monotonic() + 60
    assert typist.stdout is not None
    while len(typed) < WORDS_BEFORE_KILL and time.monotonic() < deadline:
        line = typist.stdout.readline()
        if not line:
            break
        if line.startswith("typed "):
            typed.append(float(line.split()[2]))
    killed_at = time.monotonic()
    os.kill(typist.pid, signal.SIGKILL)
    typist.wait(timeout=30)
    assert len(typed) == WORDS_BEFORE_KILL, typist.stderr.read() if typist.stderr else ""

    on_disk = texts_on_disk(db_path)
    must_survive = [n for n, moment in enumerate(typed) if moment <= killed_at - LOSS_ALLOWED_S]
    assert len(must_survive) >= WORDS_BEFORE_KILL // 4  # the check has teeth
    missing = [word(n) for n in must_survive if word(n) not in on_disk]
    assert missing == [], f"lost words typed more than {LOSS_ALLOWED_S}s before the kill"

    again = start(db_path, settings, "reopen")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    if mode == "valid":
        assert any(word(must_survive[-1]) in body for body in report["notes"])
    else:
        assert report["drafts"] == 1 and report["drafts_offered"] is True
