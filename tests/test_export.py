"""The exchange export: valid against the shipped schema, stable, and plain JSON."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.domain.models import Practice, Region, TestNote
from app.paths import data_file
from app.services.exchange.export import write_export

MOMENT = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def export(sessions: Sessions) -> str:
    out = io.StringIO()
    write_export(sessions, out, moment=MOMENT)
    return out.getvalue()


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(data_file("exchange.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def add_note(sessions: Sessions, **fields: Any) -> str:
    with sessions.write() as session:
        practice = session.scalars(select(Practice).order_by(Practice.title)).first()
        region = session.scalars(select(Region).where(Region.name == "Tartu")).one()
        assert practice is not None
        note = TestNote(
            practice_id=practice.id,
            region_id=region.id,
            date=date(2012, 3, 1),
            status=NoteStatus.COMPLETED,
            author="Seren",
            body="Living Labs workshop — *R&D* meets industry, ühendused.",
            score_enterprises=4,
            **fields,
        )
        session.add(note)
        session.flush()
        return note.id


def test_export_of_the_seeded_catalogue_validates(sessions: Sessions, validator: Any) -> None:
    document = json.loads(export(sessions))
    validator.validate(document)
    assert document["format"] == "practice-catalogue" and document["version"] == 1
    assert [len(document[k]) for k in ("categories", "regions", "practices", "notes")] == [
        6,
        7,
        15,
        0,
    ]


def test_export_with_notes_validates_and_keeps_text(sessions: Sessions, validator: Any) -> None:
    note_id = add_note(sessions)
    add_note(sessions, deleted_at=MOMENT, score_cluster_initiatives=0)
    text = export(sessions)
    document = json.loads(text)
    validator.validate(document)
    note = next(n for n in document["notes"] if n["id"] == note_id)
    assert note["body"] == "Living Labs workshop — *R&D* meets industry, ühendused."
    assert note["updated_at"].endswith("Z") and note["revision"] == 1
    assert "ühendused" in text  # UTF-8, not \u escapes


def test_references_resolve(sessions: Sessions) -> None:
    add_note(sessions)
    document = json.loads(export(sessions))
    categories = {c["id"] for c in document["categories"]}
    regions = {r["id"] for r in document["regions"]}
    practices = {p["id"] for p in document["practices"]}
    assert all(p["category_id"] in categories for p in document["practices"])
    assert all(
        n["practice_id"] in practices and n["region_id"] in regions for n in document["notes"]
    )


def test_export_is_stable_and_round_trips(sessions: Sessions) -> None:
    add_note(sessions)
    first, second = export(sessions), export(sessions)
    assert first == second
    document = json.loads(first)
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


def test_export_file_is_utf8(sessions: Sessions, tmp_path: Path) -> None:
    add_note(sessions)
    target = tmp_path / "out.json"
    with target.open("w", encoding="utf-8") as handle:
        write_export(sessions, handle)
    assert "ühendused" in target.read_bytes().decode("utf-8")
