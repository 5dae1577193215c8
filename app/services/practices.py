"""Editing practice texts: the same revision rules as notes, so no edit is ever overwritten.

Texts (summary, description, service type, origin region, source) autosave like notes. A new
title or category is a deliberate act: the UI confirms it first, then calls ``rename`` or
``move`` directly.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlalchemy import func, select

from app.db.engine import Sessions
from app.domain.enums import ConflictChoice, ServiceType
from app.domain.errors import RevisionConflictError
from app.domain.models import Category, Conflict, Practice, Region
from app.domain.timestamps import utc_now
from app.services.exchange.limits import TITLE_MAX, multi_line, one_line
from app.services.revisions import SETTLED, keep_version, write_if_current


@dataclass(frozen=True, slots=True)
class PracticeTexts:
    summary: str
    description: str
    service_type: str
    origin_region_id: str | None
    source: str


class PracticeEditError(ValueError):
    """The edit cannot be made as given; ``str()`` says why."""


class PracticesService:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    def update_texts(self, practice_id: str, expected: int, texts: PracticeTexts) -> int:
        with self.sessions.write() as session:
            current = session.get(Practice, practice_id)
            if current is None or current.revision != expected:
                found = None if current is None else current.revision
                raise RevisionConflictError(practice_id, expected, found)
            if texts.origin_region_id and session.get(Region, texts.origin_region_id) is None:
                raise PracticeEditError("That region no longer exists.")
            values = _values(texts)
            if all(getattr(current, name) == value for name, value in values.items()):
                return expected
            return write_if_current(session, Practice, practice_id, expected, values)

    def rename(self, practice_id: str, expected: int, title: str, subtitle: str) -> int:
        # cleaned as the exchange format wants them: whatever is saved can be exported
        title, subtitle = one_line(title).strip(), one_line(subtitle).strip()
        if not title:
            raise PracticeEditError("A practice needs a title.")
        if len(title) > TITLE_MAX or len(subtitle) > TITLE_MAX:
            raise PracticeEditError(f"Titles have at most {TITLE_MAX} characters.")
        with self.sessions.write() as session:
            values: dict[str, object] = {"title": title, "subtitle": subtitle}
            return write_if_current(session, Practice, practice_id, expected, values)

    def move(self, practice_id: str, expected: int, category_id: str) -> int:
        """Into another category, after the practices already there."""
        with self.sessions.write() as session:
            if session.get(Category, category_id) is None:
                raise PracticeEditError("That category no longer exists.")
            last = session.scalar(
                select(func.max(Practice.position)).where(Practice.category_id == category_id)
            )
            values = {"category_id": category_id, "position": (last or 0) + 1}
            return write_if_current(session, Practice, practice_id, expected, values)

    def keep_conflict(
        self, practice_id: str, base_revision: int, texts: PracticeTexts, origin: str
    ) -> str:
        with self.sessions.write() as session:
            return keep_version(
                session, "practice", practice_id, asdict(texts), base_revision, origin
            )

    def resolve(self, conflict_id: str, choice: ConflictChoice) -> None:
        """MINE writes the kept texts over the stored ones (which stay on record); THEIRS
        keeps the stored ones. A practice cannot be doubled, so there is no BOTH."""
        with self.sessions.write() as session:
            conflict = session.get(Conflict, conflict_id)
            if conflict is None or conflict.entity != "practice":
                raise PracticeEditError(f"no practice conflict {conflict_id}")
            conflict.resolved_at = utc_now()
            if choice is not ConflictChoice.MINE:
                return
            stored = session.get(Practice, conflict.record_id)
            if stored is None:
                raise PracticeEditError("The practice no longer exists.")
            kept = json.loads(conflict.payload)
            mine = PracticeTexts(**{f.name: kept[f.name] for f in fields(PracticeTexts)})
            # A version that came with an import carries the whole practice: take it all.
            whole = {name: kept[name] for name in WHOLE_PRACTICE if name in kept}
            if "selected" in whole:
                whole["selected"] = bool(whole["selected"])
            keep_version(session, "practice", stored.id, _whole_of(stored), stored.revision,
                         SETTLED, settled=True)  # fmt: skip
            values = {**_values(mine), **whole}
            write_if_current(session, Practice, stored.id, stored.revision, values)


WHOLE_PRACTICE = ("category_id", "position", "title", "subtitle", "selected")


def _whole_of(practice: Practice) -> dict[str, object]:
    return {**asdict(texts_of(practice)), **{n: getattr(practice, n) for n in WHOLE_PRACTICE}}


def texts_of(practice: Practice) -> PracticeTexts:
    return PracticeTexts(
        summary=practice.summary,
        description=practice.description,
        service_type=practice.service_type.value,
        origin_region_id=practice.origin_region_id,
        source=practice.source,
    )


def _values(texts: PracticeTexts) -> dict[str, object]:
    try:
        service_type = ServiceType(texts.service_type)
    except ValueError as error:
        raise PracticeEditError(f"Unknown service type {texts.service_type!r}.") from error
    return {
        "summary": multi_line(texts.summary),
        "description": multi_line(texts.description),
        "service_type": service_type,
        "origin_region_id": texts.origin_region_id or None,
        "source": multi_line(texts.source).strip(),
    }
