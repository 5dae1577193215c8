"""Notes as an Excel workbook: one sheet, a bold frozen header row, real dates and numbers.

Written in openpyxl's write-only mode, row by row, so memory stays flat for any number of
notes. Text is always stored as text: openpyxl would otherwise store a note that starts with
``=`` as a formula. Characters a worksheet cannot hold (control characters) are dropped, and
text longer than a cell holds (32,767 characters) is cut with a visible mark.
"""

from __future__ import annotations

import re
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from app.services.progress import EVERY, Progress, report
from app.services.reports.note_rows import NoteRow, count_note_rows, note_rows
from app.services.reports.resolve import check_selection
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords
from app.whole_file import whole_stream, zip_complete

CELL_MAX = 32767
CUT_MARK = " … [cut: a cell holds at most 32,767 characters]"
WIDTHS = (34, 24, 16, 9, 12, 12, 20, 40, 13, 13, 13, 80)  # characters, as HEADERS

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})


def write_xlsx(
    db_path: Path,
    selection: ReportSelection,
    target: Path | IO[bytes],
    *,
    progress: Progress | None = None,
    words: ReportWords = ENGLISH,
) -> int:
    """Write the selected notes as an XLSX workbook; returns the number of notes written.
    ``words`` name the sheet and its columns and give the status words (English by default).

    ``target`` is a file path (written whole or not at all) or a binary stream (stdout
    works). A file is checked once written (its ZIP directory read back) before it replaces the
    old one; a device or pipe is written through. Raises ``SelectionError`` for an id that
    names nothing, before writing anything, and ``OSError`` when the file cannot be written.
    """
    if isinstance(target, Path):
        with whole_stream(target, verify=zip_complete) as out:
            return _write(db_path, selection, out, progress, words)
    return _write(db_path, selection, target, progress, words)


def _write(
    db_path: Path,
    selection: ReportSelection,
    target: Path | IO[bytes],
    progress: Progress | None,
    words: ReportWords,
) -> int:
    check_selection(db_path, selection)
    total = count_note_rows(db_path, selection) if progress is not None else 0
    workbook = Workbook(write_only=True)
    try:
        count = _fill(workbook, db_path, selection, progress, total, words)
        workbook.save(target)
    except BaseException:
        discard(workbook)
        raise
    report(progress, count, total)
    return count


def _fill(
    workbook: Any,
    db_path: Path,
    selection: ReportSelection,
    progress: Progress | None,
    total: int,
    words: ReportWords,
) -> int:
    sheet: Any = workbook.create_sheet(_sheet_title(words.sheet_title))
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.append([_header(sheet, title) for title in words.headers])
    count = 0
    for row in note_rows(db_path, selection, words):
        sheet.append(_cells(sheet, row))
        count += 1
        if count % EVERY == 0:
            report(progress, count, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(words.headers))}{count + 1}"
    return count


def _sheet_title(title: str) -> str:
    """A name a worksheet may bear: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", "", title)[:31] or "Notes"


def discard(workbook: Any) -> None:
    """Close a write-only workbook that failed to save and remove its temporary files.

    Left alone, its sheets' generators are finalised later and write into files already
    closed, and Python prints "Exception ignored" tracebacks on stderr.
    """
    for sheet in workbook.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        with suppress(Exception):  # already failing: the first error is the one to report
            if rows is not None:
                rows.close()
        if writer is not None:
            with suppress(Exception):
                writer.close()
            with suppress(Exception):
                writer.cleanup()


def _header(sheet: Any, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=title)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(vertical="top", wrap_text=True)
    return cell


def _cells(sheet: Any, row: NoteRow) -> list[Any]:
    return [
        _text(sheet, row.practice),
        _text(sheet, row.category),
        _text(sheet, row.region),
        _text(sheet, row.country),
        row.date,  # a real date; openpyxl formats it as yyyy-mm-dd
        _text(sheet, row.status),
        _text(sheet, row.author),
        _text(sheet, row.outcome),
        row.score_cluster_initiatives,
        row.score_development_agencies,
        row.score_enterprises,
        _text(sheet, row.text),
    ]


def _text(sheet: Any, value: str) -> Any:
    """Plain strings go straight through; only the rare risky ones need a typed cell."""
    value = _ILLEGAL.sub("", value)
    if len(value) > CELL_MAX:
        value = value[: CELL_MAX - len(CUT_MARK)] + CUT_MARK
    if not value.startswith("=") and value not in _ERROR_CODES:
        return value or None
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, never a formula or an error value
    return cell
