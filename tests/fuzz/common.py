"""What the fuzz targets share: a seeded database, real exports and malformed files as seeds,
and the check that a refusal is one line of words."""

from __future__ import annotations

import functools
import json
import tempfile
import uuid
from pathlib import Path

from app.services.exchange import ExchangeError

TESTS = Path(__file__).parents[1]
ROOT = TESTS.parent


@functools.cache
def scratch() -> Path:
    """A private folder of this process (0700, unguessable name), removed at exit."""
    folder = tempfile.TemporaryDirectory(prefix="fuzz-")
    _KEEP.append(folder)
    return Path(folder.name)


_KEEP: list[tempfile.TemporaryDirectory[str]] = []


@functools.cache
def seeded_database() -> Path:
    """The shipped catalogue with a few notes: what a real export is made of."""
    from app.db.engine import Sessions
    from app.services.opening import open_database
    from tests.factories import add_note

    path = open_database(scratch() / "seeded.db").path
    sessions = Sessions(path)
    bodies = ["Living Labs — ühendused 😀", "# Heading\n\n- [a link](https://example.org)\t!", ""]
    for n, body in enumerate(bodies):
        add_note(sessions, "Help desk", "Tartu", body=body, outcome=f"outcome {n}", author="Kai")
    sessions.dispose()
    return path


@functools.cache
def export_seeds() -> tuple[bytes, ...]:
    """Real exports: the seeded database's, minified and indented, and the shipped file."""
    from tests.exchange_helpers import export_text

    text = export_text(seeded_database())
    document = json.loads(text)
    return (
        text.encode("utf-8"),
        json.dumps(document, separators=(",", ":")).encode(),
        json.dumps(document, indent=1, ensure_ascii=True).encode(),
        (ROOT / "data" / "catalogue.json").read_bytes(),
    )


def malformed_seeds() -> list[bytes]:
    """The hostile inputs of the tests and the malformed files the test suites use."""
    hostile = sorted((TESTS / "inputs" / "hostile").glob("*.json"))
    return [path.read_bytes() for path in hostile] + [
        b"{ this is not json",
        b'{"format": "practice-catalogue", "version": 7}',
        b'{"format": "practice-catalogue", "version": 1, "notes": {}}',
        "\ufeff{x".encode(),
        b"[1, 2]",
        b"",
    ]


def check_refusal(error: ExchangeError) -> None:
    """A refusal is one line of words, short enough to read."""
    message = str(error)
    if "\n" in message or len(message) > 600 or not message:
        raise AssertionError(f"a refusal that is not one short line: {message[:200]!r}")
    for jargon in ("Traceback", "sys.set_int", "codec can't", "recursion"):
        if jargon in message:
            raise AssertionError(f"a refusal in Python's words: {message!r}")


def fresh_copy(template: Path) -> Path:
    """A copy of ``template`` under a new name (for a merge that may change it)."""
    from app.db.backup import copy_database
    from app.db.connect import connect

    target = scratch() / f"{uuid.uuid4().hex}.db"
    copy_database(template, target)
    connect(target).close()  # a copy is written in rollback-journal mode: back to WAL, as in use
    return target


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
