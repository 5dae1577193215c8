"""Consistent copies of a database file with SQLite's online backup API.

A copy taken while another connection writes is still a consistent snapshot; it is written to
a temporary name, flushed, and renamed, so a crash never leaves a half-written backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUP_FOLDER = "backups"


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def timestamped_name(database: Path, reason: str, moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return f"{database.stem}-{moment:%Y%m%dT%H%M%SZ}-{reason}{database.suffix or '.db'}"
