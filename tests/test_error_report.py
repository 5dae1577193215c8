"""An unexpected exception is shown (with "Copy details"), logged, and the window goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_unexpected_error_is_reported_and_logged(db_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.error_driver", str(db_path), str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "dialog": True,
        "text": "An unexpected error happened: a bug in a slot",
        "clipboard_has_trace": True,
        "window_alive": True,
        "logged": True,
    }
