"""``check``: is the database file sound? Integrity, references and the search index, in words."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

_TABLE_WORDS = {
    "practices": "practice",
    "test_notes": "test note",
    "categories": "category",
    "regions": "region",
}


class IndexState(StrEnum):
    CONSISTENT = "consistent"
    READ_ONLY = "read-only"  # not checked
    DAMAGED = "damaged"


@dataclass(frozen=True)
class CheckFindings:
    """What the check found, for a reader to put in its own words (the window's language)."""

    integrity_problems: tuple[str, ...] = ()  # SQLite's own messages; () when sound
    missing_references: tuple[tuple[str, str, int], ...] = ()  # (child word, parent word, n)
    index: IndexState = IndexState.CONSISTENT
    index_error: str = ""
    practices: int = 0
    notes: int = 0
    trashed: int = 0
    unreadable: str = ""  # the file is not readable as a database: SQLite's message


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[str, ...]  # in English, for the command line
    findings: CheckFindings = field(default_factory=CheckFindings)


def check_database(path: Path) -> CheckReport:
    """Checks only: nothing is written (the search index check reads, despite its INSERT)."""
    lines: list[str] = []
    found = CheckFindings()
    ok = True
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    mode = "rw" if writable else "ro"
    connection = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
    # A damaged file's problems quote its bytes, which need not be UTF-8: show them anyway.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            lines.append("File structure: sound (SQLite integrity check passed).")
        else:
            ok = False
            lines.append(f"File structure: damaged — {len(integrity)} problem(s), first:")
            lines.extend(f"  {problem}" for problem in integrity[:5])
            found = replace(found, integrity_problems=tuple(integrity))
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            lines.append("References: every note, practice and region it points to exists.")
        else:
            ok = False
            counts: dict[tuple[str, str], int] = {}
            for table, _rowid, parent, _fk in broken:
                key = (table, parent)
                counts[key] = counts.get(key, 0) + 1
            for (table, parent), count in sorted(counts.items()):
                child = _TABLE_WORDS.get(table, table)
                missing = _TABLE_WORDS.get(parent, parent)
                lines.append(f"References: {count} {child}(s) point to a missing {missing}.")
            found = replace(
                found,
                missing_references=tuple(
                    (_TABLE_WORDS.get(t, t), _TABLE_WORDS.get(p, p), n)
                    for (t, p), n in sorted(counts.items())
                ),
            )
        index, index_error = _search_index(connection)
        lines.append(_INDEX_LINES[index].format(error=index_error))
        found = replace(found, index=index, index_error=index_error)
        if index is IndexState.DAMAGED:
            ok = False
        counts_row = connection.execute(
            "SELECT (SELECT count(*) FROM practices),"
            " (SELECT count(*) FROM test_notes WHERE deleted_at IS NULL),"
            " (SELECT count(*) FROM test_notes WHERE deleted_at IS NOT NULL)"
        ).fetchone()
        lines.append(
            f"Contents: {counts_row[0]} practices, {counts_row[1]} notes,"
            f" {counts_row[2]} in the trash."
        )
        found = replace(found, practices=counts_row[0], notes=counts_row[1], trashed=counts_row[2])
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite's message can quote damaged bytes that are not UTF-8 (UnicodeDecodeError).
        ok = False
        lines.append(f"The file cannot be read as a database: {error}.")
        found = replace(found, unreadable=str(error))
    finally:
        connection.close()
    return CheckReport(ok, tuple(lines), found)


_INDEX_LINES = {
    IndexState.CONSISTENT: "Search index: consistent.",
    IndexState.READ_ONLY: "Search index: not checked (the file is read-only).",
    IndexState.DAMAGED: (
        "Search index: damaged ({error}); 'practice-catalogue check --repair' rebuilds it."
    ),
}


def _search_index(connection: sqlite3.Connection) -> tuple[IndexState, str]:
    try:
        connection.execute(
            "INSERT INTO practice_search(practice_search) VALUES ('integrity-check')"
        )
    except sqlite3.OperationalError as error:
        if "readonly" in str(error).lower():
            return IndexState.READ_ONLY, ""
        return IndexState.DAMAGED, str(error)
    except sqlite3.DatabaseError as error:
        return IndexState.DAMAGED, str(error)
    return IndexState.CONSISTENT, ""


def repair_search_index(path: Path) -> None:
    """Recompose the whole full-text index from the data (one transaction)."""
    from app.db.connect import connect
    from app.db.search_index import rebuild

    connection = connect(path)
    try:
        connection.execute("BEGIN IMMEDIATE")
        rebuild(connection)
        connection.execute("COMMIT")
    finally:
        connection.close()
