"""Notes as CSV that spreadsheet programs open with accents intact.

UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and "õ"
becomes "Ãµ"), comma-separated, fields quoted as RFC 4180 says, lines ending in CRLF.
A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe: spreadsheets would otherwise run it as a formula (CSV injection, OWASP).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from app.services.progress import EVERY, Progress, report
from app.services.reports.note_rows import NoteRow, count_note_rows, note_rows
from app.services.reports.resolve import check_selection
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords
from app.whole_file import whole_text

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(
    db_path: Path,
    selection: ReportSelection,
    out: IO[str],
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
    words: ReportWords = ENGLISH,
) -> int:
    """Write the selected notes to ``out`` as CSV; returns the number of notes written.

    ``words`` give the column headers and the status words (English by default); dates stay
    ``YYYY-MM-DD`` in every language, so the file sorts and reads back the same.

    ``out`` is a text stream opened with ``encoding="utf-8"`` and ``newline=""`` or
    ``"\n"`` (the BOM is written here, so not ``utf-8-sig``; rows end in CRLF).
    ``delimiter=";"`` suits spreadsheets in languages that write decimals with a comma.
    Raises ``SelectionError`` for an id that names nothing, before writing anything.
    """
    check_selection(db_path, selection)
    total = count_note_rows(db_path, selection) if progress is not None else 0
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    out.write(BOM)
    writer.writerow(words.headers)
    count = 0
    for row in note_rows(db_path, selection, words):
        writer.writerow(csv_fields(row))
        count += 1
        if count % EVERY == 0:
            report(progress, count, total)
    report(progress, count, total)
    return count


def save_csv(
    db_path: Path,
    selection: ReportSelection,
    target: Path,
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
    words: ReportWords = ENGLISH,
) -> int:
    """Write the CSV to the file ``target``, whole or not at all (a device or pipe is written
    through); returns the notes written. A new file is 0600."""
    with whole_text(target, newline="") as out:
        return write_csv(
            db_path, selection, out, delimiter=delimiter, progress=progress, words=words
        )


def csv_fields(row: NoteRow) -> list[str | int]:
    """The cells of one row: dates as ``YYYY-MM-DD``, scores as numbers, empty for none."""
    return [
        _text(row.practice),
        _text(row.category),
        _text(row.region),
        _text(row.country),
        row.date.isoformat(),
        _text(row.status),
        _text(row.author),
        _text(row.outcome),
        _score(row.score_cluster_initiatives),
        _score(row.score_development_agencies),
        _score(row.score_enterprises),
        _text(row.text),
    ]


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _score(value: int | None) -> str | int:
    return "" if value is None else value
