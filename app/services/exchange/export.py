"""Writing the exchange file: streamed record by record, so a million notes never sit in memory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app import __version__
from app.db.engine import Sessions
from app.domain.models import Category, Practice, Region, TestNote
from app.domain.timestamps import format_utc
from app.services.exchange import FORMAT_NAME, FORMAT_VERSION
from app.services.exchange.records import (
    Record,
    category_record,
    note_record,
    practice_record,
    region_record,
)
from app.services.progress import EVERY, Progress, report
from app.services.reports.selection import ReportSelection

_BATCH = 2000


def _rows(session: Session, statement: Any, to_record: Callable[[Any], Record]) -> Iterator[Record]:
    for row in session.scalars(statement.execution_options(yield_per=_BATCH)):
        yield to_record(row)


def write_export(
    sessions: Sessions,
    out: IO[str],
    *,
    moment: datetime | None = None,
    selection: ReportSelection | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the database (or a selection of it) to ``out``; returns the number of records.

    One read transaction: the file is a consistent snapshot even while the GUI saves notes.
    A selection keeps the notes of a region, practice, category or period (trashed ones too,
    so deletions travel) and the practices they belong to; categories and regions are always
    all written, so every reference resolves on the other side.
    """
    selection = selection or ReportSelection()
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_utc(moment or datetime.now(UTC)),
        "application": f"Practice Catalogue {__version__}",
    }
    count = 0
    ticker = _Ticker(progress)
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
    with sessions.read() as session:
        if progress is not None:
            ticker.total = _count(session, selection)
        sections: list[tuple[str, Iterable[Record]]] = [
            ("categories", _rows(session, _categories(), category_record)),
            ("regions", _rows(session, _regions(), region_record)),
            ("practices", _rows(session, _practices(selection), practice_record)),
            ("notes", _rows(session, _notes(selection), note_record)),
        ]
        for index, (name, records) in enumerate(sections):
            count += _write_list(
                out, name, ticker.counted(records), last=index == len(sections) - 1
            )
    out.write("}\n")
    return count


class _Ticker:
    """Passes records through, telling ``progress`` how far the export got."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0
        self.total = 0

    def counted(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            yield record
            self.done += 1
            if self.done % EVERY == 0:
                report(self.progress, self.done, self.total)


def _count(session: Session, selection: ReportSelection) -> int:
    notes = session.scalar(
        select(func.count()).select_from(TestNote).where(*_note_filter(selection))
    )
    return int(notes or 0) + int(session.scalar(select(func.count()).select_from(Practice)) or 0)


def _write_list(out: IO[str], name: str, records: Iterable[Record], *, last: bool) -> int:
    out.write(f"  {json.dumps(name)}: [")
    count = 0
    for record in records:
        out.write(",\n    " if count else "\n    ")
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n  ]" if count else "]")
    out.write("\n" if last else ",\n")
    return count


def _categories() -> Any:
    return select(Category).order_by(Category.position, Category.id)


def _regions() -> Any:
    return select(Region).order_by(Region.name, Region.id)


def _note_filter(selection: ReportSelection) -> list[Any]:
    conditions: list[Any] = []
    if selection.region_id is not None:
        conditions.append(TestNote.region_id == selection.region_id)
    if selection.since is not None:
        conditions.append(TestNote.date >= selection.since)
    if selection.until is not None:
        conditions.append(TestNote.date <= selection.until)
    if selection.practice_id is not None:
        conditions.append(TestNote.practice_id == selection.practice_id)
    if selection.category_id is not None:
        conditions.append(
            TestNote.practice_id.in_(
                select(Practice.id).where(Practice.category_id == selection.category_id)
            )
        )
    return conditions


def _practices(selection: ReportSelection) -> Any:
    statement = (
        select(Practice)
        .join(Category, Category.id == Practice.category_id)
        .order_by(Category.position, Practice.position, Practice.title, Practice.id)
    )
    if selection.everything:
        return statement
    wanted: list[Any] = []
    if selection.practice_id is not None:
        wanted.append(Practice.id == selection.practice_id)
    if selection.category_id is not None:
        wanted.append(Practice.category_id == selection.category_id)
    chosen = and_(*wanted) if wanted else None
    if selection.region_id is not None or selection.since or selection.until:
        with_notes = Practice.id.in_(select(TestNote.practice_id).where(*_note_filter(selection)))
        chosen = with_notes if chosen is None else and_(chosen, with_notes)
    return statement.where(chosen) if chosen is not None else statement


def _notes(selection: ReportSelection) -> Any:
    statement = select(TestNote).order_by(TestNote.created_at, TestNote.id)
    return statement.where(*_note_filter(selection)) if not selection.everything else statement
