"""The house keeps its plan: small modules, a main window that only composes, and the
import contracts of pyproject.toml (layers, no Qt below the UI, rooms that do not reach into
each other), checked by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
MODULE_LIMIT = 400
MAIN_WINDOW_LIMIT = 300


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_in_app_exceeds_its_limit() -> None:
    too_long = {
        str(path.relative_to(APP)): _lines(path)
        for path in APP.rglob("*.py")
        if _lines(path) > MODULE_LIMIT
    }
    assert too_long == {}


def test_the_main_window_only_composes() -> None:
    assert _lines(APP / "ui" / "shell" / "main_window.py") <= MAIN_WINDOW_LIMIT


def test_every_package_says_what_it_holds() -> None:
    silent = [
        str(init.relative_to(APP))
        for init in APP.rglob("__init__.py")
        if "migrations" not in init.parts and not init.read_text().lstrip().startswith('"""')
    ]
    assert silent == []


def test_import_contracts_are_kept() -> None:
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if linter is None:
        pytest.fail("import-linter is not installed in this environment")
    result = subprocess.run([linter], capture_output=True, text=True, cwd=APP.parent)
    assert result.returncode == 0, result.stdout[-3000:]
