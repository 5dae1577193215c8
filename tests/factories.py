"""Building test data through the real database (no mocks): notes, practice texts, catalogues."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.domain.models import Category, Practice, Region, TestNote


def practice_id(sessions: Sessions, title: str) -> str:
    with sessions.read() as session:
        return session.scalars(select(Practice.id).where(Practice.title == title)).one()


def region_id(sessions: Sessions, name: str) -> str:
    with sessions.read() as session:
        return session.scalars(select(Region.id).where(Region.name == name)).one()


def add_note(
    sessions: Sessions,
    practice: str,
    region: str,
    *,
    status: NoteStatus = NoteStatus.PLANNED,
    body: str = "",
    **fields: Any,
) -> str:
    """A note on the practice titled ``practice`` in the region named ``region``."""
    pid, rid = practice_id(sessions, practice), region_id(sessions, region)
    with sessions.write() as session:
        note = TestNote(
            practice_id=pid,
            region_id=rid,
            date=fields.pop("date", date(2012, 3, 1)),
            status=status,
            body=body,
            **fields,
        )
        session.add(note)
        session.flush()
        return note.id


def update_practice(sessions: Sessions, which: str, **fields: Any) -> None:
    """Change fields of the practice titled ``which``."""
    with sessions.write() as session:
        practice = session.scalars(select(Practice).where(Practice.title == which)).one()
        for name, value in fields.items():
            setattr(practice, name, value)


def add_practices(sessions: Sessions, category_name: str, count: int, prefix: str) -> list[str]:
    """``count`` extra practices in an existing category, titled ``f"{prefix} {n:05d}"``."""
    with sessions.write() as session:
        category = session.scalars(select(Category).where(Category.name == category_name)).one()
        practices = [
            Practice(
                id=str(uuid.uuid4()),
                category_id=category.id,
                position=100 + n,
                title=f"{prefix} {n:05d}",
            )
            for n in range(count)
        ]
        session.add_all(practices)
        return [p.id for p in practices]


def edit_summary(sessions: Sessions, title: str, summary: str) -> int:
    """Edit a practice's texts the way the practice editor does; returns the new revision."""
    from app.services.catalogue_reader import CatalogueReader
    from app.services.practices import PracticesService, PracticeTexts

    pid = practice_id(sessions, title)
    reader = CatalogueReader(sessions.path)
    detail = reader.practice_detail(pid)
    reader.close()
    assert detail is not None
    texts = PracticeTexts(summary, detail.description, detail.service_type, None, detail.source)
    return PracticesService(sessions).update_texts(pid, detail.revision, texts)
