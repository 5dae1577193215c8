"""Names ⇄ ids for selections: what the command line reads, and what a report's title says.

People name a region, practice or category as they see it ("Tartu", "help desk", "EE") or
by its id; a name that matches nothing, or more than one record, is a ``SelectionError``
that says what to type instead.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from app.db.connect import connect
from app.services.catalogue_reader import region_label
from app.services.reports.selection import ReportSelection, SelectionError
from app.services.reports.words import ENGLISH, ReportWords, place

_SUGGESTIONS = 5


def resolve_selection(
    db_path: Path,
    *,
    region: str | None = None,
    practice: str | None = None,
    category: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    selected_only: bool = False,
) -> ReportSelection:
    """A selection from what a person typed: names or ids, dates as ``YYYY-MM-DD``.

    Raises ``SelectionError`` with one sentence when a name matches nothing or several
    records, when a date is not a date, or when the period ends before it starts.
    """
    connection = connect(db_path)
    try:
        return ReportSelection(
            region_id=_region(connection, region) if region else None,
            practice_id=_practice(connection, practice) if practice else None,
            category_id=_category(connection, category) if category else None,
            since=_date(since, "start"),
            until=_date(until, "end"),
            selected_only=selected_only,
        )
    finally:
        connection.close()


def check_selection(db_path: Path, selection: ReportSelection) -> list[str]:
    """``describe_selection`` on its own connection: raises ``SelectionError`` for an id
    that names nothing, before a report writes its first byte."""
    connection = connect(db_path)
    try:
        return describe_selection(connection, selection)
    finally:
        connection.close()


def describe_selection(
    connection: sqlite3.Connection, selection: ReportSelection, words: ReportWords = ENGLISH
) -> list[str]:
    """What the selection covers, in ``words``, one line per filter (``["Whole catalogue"]``).

    Raises ``SelectionError`` when an id names nothing in this database.
    """
    lines: list[str] = []
    if selection.selected_only:
        lines.append(words.selected_scope)
    if selection.category_id is not None:
        name = _one(connection, "SELECT name FROM categories WHERE id = ?", selection.category_id)
        lines.append(place(words.category_scope, _known(name, "category", selection.category_id)))
    if selection.practice_id is not None:
        title = _one(connection, "SELECT title FROM practices WHERE id = ?", selection.practice_id)
        lines.append(place(words.practice_scope, _known(title, "practice", selection.practice_id)))
    if selection.region_id is not None:
        row = connection.execute(
            "SELECT name, country FROM regions WHERE id = ?", (selection.region_id,)
        ).fetchone()
        label = None if row is None else region_label(row[0], row[1])
        lines.append(place(words.region_scope, _known(label, "region", selection.region_id)))
    if selection.since is not None or selection.until is not None:
        lines.append(_period(selection.since, selection.until, words))
    return lines or [words.whole_catalogue]


def _period(since: date | None, until: date | None, words: ReportWords) -> str:
    if since is not None and until is not None:
        return place(words.period, words.short_date(since), words.short_date(until))
    if since is not None:
        return place(words.period_since, words.short_date(since))
    assert until is not None
    return place(words.period_until, words.short_date(until))


def _one(connection: sqlite3.Connection, sql: str, value: str) -> str | None:
    row = connection.execute(sql, (value,)).fetchone()
    return None if row is None else str(row[0])


def _known(label: str | None, kind: str, record_id: str) -> str:
    if label is None:
        raise SelectionError(f"no {kind} has the id '{record_id}' in this database")
    return label


def _date(value: date | str | None, which: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise SelectionError(
            f"the {which} date '{value}' is not a date; write it as YYYY-MM-DD"
        ) from None


def _region(connection: sqlite3.Connection, text: str) -> str:
    rows = connection.execute("SELECT id, name, country FROM regions ORDER BY name").fetchall()
    wanted = text.strip().casefold()
    for column in (0, 1, 2):  # the id, then the name, then the country code
        found = [row for row in rows if str(row[column]).casefold() == wanted]
        if len(found) == 1:
            return str(found[0][0])
        if len(found) > 1:
            ids = ", ".join(f"{region_label(row[1], row[2])}: {row[0]}" for row in found)
            raise SelectionError(f"'{text}' matches several regions; give the id of one ({ids})")
    names = ", ".join(row[1] for row in rows)
    raise SelectionError(f"no region is named '{text}'; the regions are: {names}")


def _practice(connection: sqlite3.Connection, text: str) -> str:
    return _by_name(connection, text, "practices", "title", "practice", "titled")


def _category(connection: sqlite3.Connection, text: str) -> str:
    return _by_name(connection, text, "categories", "name", "category", "named")


def _by_name(
    connection: sqlite3.Connection, text: str, table: str, column: str, kind: str, verb: str
) -> str:
    stripped = text.strip()
    row = connection.execute(f"SELECT id FROM {table} WHERE id = ?", (stripped,)).fetchone()
    if row is not None:
        return str(row[0])
    # NOCASE folds ASCII only; the Python comparison below settles the rest (accents, ß).
    candidates = connection.execute(
        f"SELECT id, {column} FROM {table} WHERE {column} = ? COLLATE NOCASE"
        f" OR instr(lower({column}), lower(?)) > 0 ORDER BY {column} LIMIT 200",
        (stripped, stripped),
    ).fetchall()
    exact = [c for c in candidates if c[1].casefold() == stripped.casefold()]
    if len(exact) == 1:
        return str(exact[0][0])
    if len(exact) > 1:
        ids = ", ".join(str(c[0]) for c in exact[:_SUGGESTIONS])
        raise SelectionError(f"several {table} are {verb} '{text}'; give the id of one: {ids}")
    hint = ", ".join(f"'{c[1]}'" for c in candidates[:_SUGGESTIONS])
    more = f"; did you mean {hint}?" if hint else ""
    raise SelectionError(f"no {kind} is {verb} '{text}'{more}")
