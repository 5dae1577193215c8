"""The shipped data reaches an installed wheel: built, installed into a fresh virtual
environment, and run from there, away from the source tree."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.domain.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv")

pytestmark = pytest.mark.skipif(UV is None, reason="uv is needed to build the wheel")


def uv(*args: str, cwd: Path = ROOT) -> None:
    assert UV is not None
    result = subprocess.run(
        [UV, *args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    uv("build", "--wheel", "--out-dir", str(out), "--quiet")
    (built,) = out.glob("practice_catalogue-*.whl")
    return built


def test_wheel_carries_data_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "app/data/catalogue.json",
        "app/data/exchange.schema.json",
        "app/db/migrations/env.py",
        "app/db/migrations/script.py.mako",
        "app/db/migrations/versions/0001_initial.py",
    ):
        assert needed in names
    assert not any(name.startswith(("tests/", "data/")) for name in names)


def test_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    """The window loads ``app/resources/translations/practice_catalogue_<code>.qm``."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for code in LANGUAGES:
        assert f"app/resources/translations/practice_catalogue_{code}.qm" in names


def test_installed_wheel_seeds_and_exports(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    uv("venv", "--quiet", "--python", sys.executable, str(venv), cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # The headless command needs no Qt; leaving PySide6 out keeps this test quick.
    uv(
        "pip", "install", "--quiet", "--python", str(python), str(wheel),
        "--no-deps", "sqlalchemy", "alembic", "platformdirs", "mako", "markupsafe",
        "typing-extensions",
        cwd=tmp_path,
    )  # fmt: skip
    result = subprocess.run(
        [str(python), "-c", "import app.paths as p; print(p.data_file('catalogue.json'))"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    located = Path(result.stdout.strip())
    assert venv in located.parents and ROOT not in located.parents
    exported = subprocess.run(
        [str(python), "-m", "app", "export", "--db", str(tmp_path / "w.db")],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["practices"]) == 15
