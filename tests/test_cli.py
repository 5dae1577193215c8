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


def test_import_export_round_trip_and_dry_run(tmp_path: Path) -> None:
    from app.db.engine import Sessions
    from app.services.opening import open_database
    from tests.factories import add_note

    source = open_database(tmp_path / "a.db").path
    sessions = Sessions(source)
    add_note(sessions, "Help desk", "Tartu", body="carried on a stick")
    sessions.dispose()
    exchange = tmp_path / "a.json"
    assert main(["export", "--db", str(source), "-o", str(exchange)]) == 0
    target = tmp_path / "b.db"
    dry = run_cli("import", str(exchange), "--db", str(target), "--dry-run", env_home=tmp_path)
    assert (
        dry.returncode == 0 and "notes: 1 new" in dry.stdout and "Nothing was written" in dry.stdout
    )
    assert "carried" not in (tmp_path / "b.db").read_bytes().decode("latin-1")
    done = run_cli("import", str(exchange), "--db", str(target), env_home=tmp_path)
    assert done.returncode == 0 and "Imported" in done.stdout and "notes: 1 new" in done.stdout
    again = run_cli("import", str(exchange), "--db", str(target), env_home=tmp_path)
    assert "notes: 0 new, 0 updated, 1 unchanged, 0 conflicts" in again.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "cannot read"),
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[1, 2", "not JSON"),
        (b'{"format": "other", "version": 1}', "not a Practice Catalogue exchange file"),
        (b'{"format": "practice-catalogue", "version": 99}', "newer than this application"),
    ],
    ids=["missing", "not-utf8", "not-json", "other-format", "newer"],
)
def test_bad_import_files_are_one_line(tmp_path: Path, content: bytes | None, words: str) -> None:
    db = tmp_path / "c.db"
    main(["export", "--db", str(db), "-o", str(tmp_path / "warm.json")])
    before = db.read_bytes()
    path = tmp_path / "in.json"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("import", str(path), "--db", str(db), env_home=tmp_path)
    assert_one_line_error(result, words)
    assert db.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_report_formats(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    result = run_cli("export", "--format", fmt, "--db", str(tmp_path / "c.db"), "-o", str(target),
                     env_home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    head = target.read_bytes()[:4]
    assert head == {"csv": b"\xef\xbb\xbfP", "xlsx": b"PK\x03\x04", "pdf": b"%PDF"}[fmt]


def test_unknown_selection_is_one_line(tmp_path: Path) -> None:
    result = run_cli("export", "--region", "atlantis", "--db", str(tmp_path / "c.db"),
                     env_home=tmp_path)  # fmt: skip
    assert_one_line_error(result, "no region is named 'atlantis'")


def test_ctrl_c_is_one_line_and_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.exchange import merge as merging

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    exchange = tmp_path / "a.json"
    assert main(["export", "--db", str(tmp_path / "a.db"), "-o", str(exchange)]) == 0
    monkeypatch.setattr(merging, "merge_file", interrupted)
    capsys.readouterr()
    assert main(["import", str(exchange), "--db", str(tmp_path / "b.db")]) == 130
    assert capsys.readouterr().err == "practice-catalogue: interrupted\n"


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "x.db"], ["--lang", "de", "--db", "x.db"], ["--db=x.db", "--lang=FR"]],
)
def test_the_window_command_line_reads_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    from app.__main__ import parse_arguments
    from app.cli_parser import build_parser, opens_the_window

    assert opens_the_window(argv)
    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["export"], ["--db", "x.db", "check"], ["--help"], ["--version"], ["--db"], ["stray"]],
)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    from app.cli_parser import opens_the_window

    assert not opens_the_window(argv)


def test_a_bad_language_for_the_window_is_still_one_line(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "x.db"), "--lang", "xx", env_home=tmp_path)
    assert_one_line_error(result, "unknown language 'xx'")
    assert not (tmp_path / "x.db").exists()
