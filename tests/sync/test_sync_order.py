"""What no sync may lose: a row committed late by a transaction that started early, and
everything a sync was doing when it was killed or its server went away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from app.db.engine import Sessions
from app.services.notes.reader import NotesReader
from app.services.sync.engine import sync
from tests.exchange_helpers import exported, new_laptop
from tests.factories import add_note
from tests.sync.conftest import Server, person

NOTE = (
    "INSERT INTO notes (id, practice_id, region_id, date, status, created_at, updated_at,"
    " revision) SELECT %s, (SELECT id FROM practices ORDER BY id LIMIT 1),"
    " (SELECT id FROM regions WHERE name = 'Tartu'), '2026-11-02', 'planned', now(), now(), 1"
)


def _note_ids(path: Path) -> set[str]:
    reader = NotesReader(path)
    try:
        return {row[0] for row in reader.connection.execute("SELECT id FROM test_notes")}
    finally:
        reader.close()


def test_a_row_committed_late_is_never_skipped(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    laptop = new_laptop(template, tmp_path, "laptop")
    early, late = str(uuid.uuid4()), str(uuid.uuid4())
    with (
        psycopg.connect(catalogue_server.admin) as first,
        psycopg.connect(catalogue_server.admin) as second,
    ):
        first.execute(NOTE, (early,))  # this transaction takes its id first...
        second.execute(NOTE, (late,))
        second.commit()  # ...and the later one commits first
        sync(laptop, url, password=password)
        # Pulling the later row now and moving the cursor past it would lose the early one:
        # the pull stays below the oldest transaction still running.
        assert early not in _note_ids(laptop)
        first.commit()
    sync(laptop, password=password)
    assert {early, late} <= _note_ids(laptop)


SEEDED = 28  # categories, regions and practices pushed before any note
AFTER_FIRST_NOTES = f"push:{SEEDED + 5}"


def _driver(laptop: Path, url: str, password: str, phase: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync.sync_driver", str(laptop), url, phase, "5"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PGPASSWORD=password),
    )  # fmt: skip


def _server_state(server: Server) -> tuple[int, int]:
    with psycopg.connect(server.admin) as connection:
        notes = connection.execute("SELECT count(*) FROM notes").fetchone()
        conflicts = connection.execute("SELECT count(*) FROM conflicts").fetchone()
    return int(notes[0]), int(conflicts[0])  # type: ignore[index]


@pytest.mark.parametrize("phase", ["push", "pull"])
def test_a_killed_sync_is_finished_by_the_next(
    catalogue_server: Server, template: Path, tmp_path: Path, phase: str
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(a if phase == "push" else b)
    for n in range(23):
        add_note(sessions, "Help desk", "Tartu", body=f"note {n}")
    if phase == "pull":
        sync(b, url, password=password)  # the server has them; a pulls them
    driver = _driver(a, url, password, AFTER_FIRST_NOTES if phase == "push" else phase)
    assert driver.stdout is not None and driver.stdout.readline().strip() == "paused"
    driver.send_signal(signal.SIGKILL)
    driver.wait(timeout=30)
    assert driver.returncode == -signal.SIGKILL
    if phase == "push":
        assert 5 <= _server_state(catalogue_server)[0] < 23  # some batches went, not all
    finished = sync(a, url, password=password)
    assert finished.sent.conflicts == finished.received.conflicts == 0
    sync(b, url, password=password)
    assert _server_state(catalogue_server) == (23, 0)  # no duplicate, no false conflict
    assert len(_note_ids(a)) == 23
    assert exported(a) == exported(b)
    assert not NotesReader(a).open_conflicts()
    sessions.dispose()


def test_a_server_stopped_midway_loses_nothing(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a = new_laptop(template, tmp_path, "a")
    sessions = Sessions(a)
    for n in range(23):
        add_note(sessions, "Help desk", "Tartu", body=f"note {n}")
    driver = _driver(a, url, password, AFTER_FIRST_NOTES)
    assert driver.stdout is not None and driver.stdout.readline().strip() == "paused"
    cluster = catalogue_server.cluster
    cluster.pg_ctl_stop()
    try:
        _, errors = driver.communicate("go on\n", timeout=60)
    finally:
        cluster.pg_ctl_start()
    assert driver.returncode == 1
    assert errors.strip().startswith("error:") and len(errors.strip().splitlines()) == 1
    finished = sync(a, url, password=password)
    assert finished.sent.conflicts == 0
    assert _server_state(catalogue_server) == (23, 0)
    sessions.dispose()
