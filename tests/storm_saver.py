"""Saves notes in a loop as fast as it can, printing each note's id once its save returned
(for test_crash_storm, which kills this process with SIGKILL at random moments)."""

from __future__ import annotations

import sys
import uuid
from dataclasses import replace
from pathlib import Path

from app.db.engine import Sessions
from app.services.catalogue_reader import CatalogueReader
from app.services.notes.fields import NoteFields
from app.services.notes.saving import NoteSaver
from app.services.notes.service import NotesService
from app.services.save_outcome import EditTarget, SaveKind


def main() -> None:
    path = Path(sys.argv[1])
    reader = CatalogueReader(path)
    region = reader.regions()[0].id
    practices = [key for c in reader.categories() for key in reader.practice_keys(c.id)]
    rows = reader.practice_rows(practices)
    saver = NoteSaver(NotesService(Sessions(path)))
    print("ready", flush=True)
    n = 0
    while True:
        target = EditTarget(str(uuid.uuid4()), rows[practices[n % len(practices)]].id, None)
        fields = NoteFields(region_id=region, date_text="2012-03-01", body=f"storm {n} " * 50)
        outcome = saver.save(target, fields, "storm")
        if outcome.kind is not SaveKind.SAVED:
            print(f"failed {outcome.message}", flush=True)
            return
        print(f"saved {target.note_id}", flush=True)
        if n % 7 == 3:  # edits too, not only inserts
            edit = EditTarget(target.note_id, target.practice_id, outcome.revision)
            saver.save(edit, replace(fields, body="edited"), "storm")
            print(f"saved {target.note_id}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
