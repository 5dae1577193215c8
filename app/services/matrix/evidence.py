"""The evidence of one practice: regions testing it, completed tests, score means with the
number of notes they rest on, and the latest outcome lines."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.services.catalogue_reader import region_label
from app.services.matrix.model import (
    LIVE,
    SCORES,
    TESTING,
    OutcomeLine,
    PracticeEvidence,
    ScoreMean,
)


def practice_evidence(
    connection: sqlite3.Connection, practice_id: str, latest: int = 3
) -> PracticeEvidence | None:
    """The evidence of one practice (None: no such practice), read on ``connection``: the
    matrix's own, or a report's, inside the read transaction that report holds."""
    practice = connection.execute(
        "SELECT title, selected, revision FROM practices WHERE id = ?", (practice_id,)
    ).fetchone()
    if practice is None:
        return None
    means = ", ".join(f"avg(n.{column}), count(n.{column})" for column, _ in SCORES)
    row = connection.execute(
        f"SELECT count(DISTINCT CASE WHEN {TESTING} THEN n.region_id END),"
        f" sum(n.status = 'completed'), count(*), {means}"
        f" FROM test_notes n WHERE n.practice_id = ? AND {LIVE}",
        (practice_id,),
    ).fetchone()
    scores = tuple(
        ScoreMean(column, label, row[3 + 2 * i], row[4 + 2 * i])
        for i, (column, label) in enumerate(SCORES)
    )
    regions = connection.execute(
        "SELECT DISTINCT r.name, r.country FROM test_notes n JOIN regions r ON r.id = n.region_id"
        f" WHERE n.practice_id = ? AND {LIVE} AND {TESTING} ORDER BY r.name COLLATE NOCASE",
        (practice_id,),
    ).fetchall()
    lines = outcome_lines(
        connection, "n.practice_id = ? AND n.outcome <> ''", (practice_id,), latest
    )
    return PracticeEvidence(
        practice_id=practice_id,
        title=practice[0],
        selected=bool(practice[1]),
        revision=practice[2],
        regions_testing=row[0],
        completed=row[1] or 0,
        notes=row[2],
        scores=scores,
        latest=tuple(lines),
        region_labels=tuple(region_label(name, country) for name, country in regions),
    )


def outcome_lines(
    connection: sqlite3.Connection, where: str, params: tuple[str, ...], limit: int
) -> list[OutcomeLine]:
    rows = connection.execute(
        "SELECT n.date, n.region_id, r.name, r.country, n.status, n.author, n.outcome"
        " FROM test_notes n JOIN regions r ON r.id = n.region_id"
        f" WHERE {where} AND {LIVE} ORDER BY n.date DESC, n.updated_at DESC, n.id LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [
        OutcomeLine(
            date=date.fromisoformat(row[0]),
            region_id=row[1],
            region_label=region_label(row[2], row[3]),
            status=row[4],
            author=row[5],
            outcome=row[6],
        )
        for row in rows
    ]
