"""Shared fixtures: real SQLite files in a temporary folder, never a mock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display (CI, a terminal), Qt runs offscreen; a real X server wins when present.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.engine import Sessions
from app.services.opening import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file at the current schema, seeded with the shipped catalogue."""
    return open_database(tmp_path / "catalogue.db").path


@pytest.fixture
def sessions(db_path: Path) -> Iterator[Sessions]:
    sessions = Sessions(db_path)
    yield sessions
    sessions.dispose()
