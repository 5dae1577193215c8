"""Seeding the shipped catalogue (``data/catalogue.json``) into a database.

Adds only records whose ids are missing, so it is idempotent, never overwrites what editors
changed, and a later release that ships one more practice adds just that one. The file's digest
is remembered so start-up can skip all this (and the SQLAlchemy import) when nothing changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Sessions
from app.domain.models import Category, Meta, Practice, Region
from app.services.exchange.records import category_from, practice_from, region_from
from app.services.shipped_catalogue import DIGEST_KEY, catalogue_path, digest


@dataclass(frozen=True)
class SeedReport:
    categories: int
    regions: int
    practices: int

    @property
    def total(self) -> int:
        return self.categories + self.regions + self.practices


def seed_catalogue(sessions: Sessions, path: Path | None = None) -> SeedReport:
    raw = (path or catalogue_path()).read_bytes()
    document = json.loads(raw.decode("utf-8"))
    with sessions.write() as session:
        report = SeedReport(
            categories=_add_missing(session, Category, document["categories"], category_from),
            regions=_add_missing(session, Region, document["regions"], region_from),
            practices=_add_missing(session, Practice, document["practices"], practice_from),
        )
        session.merge(Meta(key=DIGEST_KEY, value=digest(raw)))
    return report


def _add_missing(session: Session, model: Any, records: list[dict[str, Any]], build: Any) -> int:
    present = set(session.scalars(select(model.id)))
    missing = [build(record) for record in records if record["id"] not in present]
    session.add_all(missing)
    session.flush()  # categories before the practices that reference them
    return len(missing)
