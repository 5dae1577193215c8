"""The standalone build works: builds the one-folder executable with PyInstaller and runs
build_scripts/smoke_test.py on it (version, export equal to the source's, the window, portable
mode, nothing written inside the bundle).

Needs the ``build`` dependency group: ``uv run --group build pytest -m slow``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is in the build group: uv run --group build pytest -m slow",
    ),
]


def test_frozen_build_passes_the_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_scripts" / "smoke_test.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-4000:]
    assert "all checks passed" in result.stdout
