"""Emergency copies of unsaved notes, outside the database, for when it refuses writes
(a full disk, a medium pulled out). The next start moves them back in as drafts."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from app.services.notes.fields import NoteFields, fields_from_json
from app.services.notes.service import NotesService
from app.services.save_outcome import EditTarget
from app.whole_file import mode_like, private_folder, whole_text


def write_emergency(folder: Path, database: Path, target: EditTarget, fields: NoteFields) -> Path:
    """Write the note to ``folder`` whole or not at all; returns the file written.

    The file holds a person's words: it takes the database's permission bits (0600 when the
    database cannot be read) and ``folder`` is created 0700.
    """
    private_folder(folder)
    path = folder / f"{target.note_id}.json"
    payload = {
        "database": str(database.resolve()),
        "note_id": target.note_id,
        "practice_id": target.practice_id,
        "base_revision": target.base_revision,
        "fields": asdict(fields),
    }
    with whole_text(path, mode=mode_like(database)) as handle:
        json.dump(payload, handle, ensure_ascii=False)
    return path


def remove_emergency(folder: Path, note_id: str) -> None:
    (folder / f"{note_id}.json").unlink(missing_ok=True)


def absorb_emergency(folder: Path, database: Path, notes: NotesService) -> int:
    """Move this database's emergency copies into its drafts; returns how many."""
    if not folder.is_dir():
        return 0
    moved = 0
    for path in sorted(folder.glob("*.json")):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if payload.get("database") != str(database.resolve()):
            continue
        fields = fields_from_json(json.dumps(payload["fields"]))
        notes.save_draft(
            payload["note_id"],
            fields,
            record_id=payload["note_id"] if payload.get("base_revision") else None,
            practice_id=payload["practice_id"],
            base_revision=payload.get("base_revision"),
        )
        path.unlink()
        moved += 1
    return moved
