"""Laptops for merge tests: separate database files with their own replica ids."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

from app.db.backup import copy_database
from app.db.connect import connect
from app.db.engine import Sessions
from app.services.exchange.export import write_export
from app.services.exchange.reading import ExchangeDocument, parse_document


def new_laptop(template: Path, folder: Path, name: str) -> Path:
    """A copy of a seeded database that counts its edits under a replica id of its own."""
    path = folder / f"{name}.db"
    copy_database(template, path)  # consistent even while the source has a write-ahead log
    connection = connect(path)
    connection.execute("UPDATE meta SET value = ? WHERE key = 'replica_id'", (str(uuid.uuid4()),))
    connection.close()
    return path


def export_text(path: Path) -> str:
    sessions = Sessions(path)
    try:
        out = io.StringIO()
        write_export(sessions, out)
        return out.getvalue()
    finally:
        sessions.dispose()


def exported(path: Path) -> dict[str, Any]:
    """The export as data, without the moment it was made."""
    document: dict[str, Any] = json.loads(export_text(path))
    document.pop("exported_at")
    return document


def document_of(path: Path, name: str = "laptop.json") -> ExchangeDocument:
    return parse_document(export_text(path).encode("utf-8"), name)
