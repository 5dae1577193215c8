"""The command line: version, export, and one clear line (no traceback) for every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def run_cli(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(env_home / "data"), HOME=str(env_home))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("practice-catalogue: error:")
    for word in words:
        assert word in lines[0]


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", env_home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"practice-catalogue {__version__}"


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    assert version("practice-catalogue") == __version__


def test_export_to_stdout_uses_the_default_database(tmp_path: Path) -> None:
    result = run_cli("export", "--format", "json", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert len(document["practices"]) == 15
    assert (tmp_path / "data" / "PracticeCatalogue" / "catalogue.db").is_file()


def test_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code = main(["export", "--db", str(tmp_path / "c.db"), "-o", str(target)])
    assert code == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["regions"]) == 7
    assert not list(tmp_path.glob("*.partial"))


def test_db_before_the_command_works_too(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["--db", str(tmp_path / "c.db"), "export", "-o", str(target)]) == 0
    assert target.exists()


def test_unknown_format(tmp_path: Path) -> None:
    result = run_cli("export", "--format", "xml", env_home=tmp_path)
    assert_one_line_error(result, "xml")
    assert result.returncode == 2


def test_directory_as_db(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("export", "--db", str(tmp_path), env_home=tmp_path), "folder")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ["empty"]),
        (b"just some text\n", ["not an SQLite file"]),
        (b"SQLite format 3\x00" + b"\x00" * 50, ["damaged"]),
    ],
    ids=["zero-bytes", "text", "truncated"],
)
def test_damaged_database_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, words: list[str]
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    assert main(["export", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and all(w in err for w in words), err
    assert path.read_bytes() == content


def test_missing_folder_for_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "nowhere" / "c.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    assert main(["export", "--db", db, "-o", str(tmp_path / "nowhere" / "x.json")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", "--db", db, "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_unknown_command_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("frobnicate", env_home=tmp_path), "frobnicate")
