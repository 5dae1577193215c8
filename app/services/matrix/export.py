"""The field-test matrix as CSV and XLSX: one row per practice, one column per region.

Qt-free; the PNG is painted by ``app.ui.matrix.window``. Rows are read a window of keys at a
time (``MatrixReader.rows``), so the whole catalogue streams through in flat memory. A file
is written whole or not at all (a partial file is renamed only when complete).

The conventions of the notes reports: CSV in UTF-8 with a byte-order mark and CRLF, a text
cell that a spreadsheet would run as a formula gets a leading apostrophe; XLSX in
openpyxl's write-only mode with a bold frozen header, text always stored as text. Cells
carry words ("completed (3)"), and in XLSX the colour of the matrix as well.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.enums import NoteStatus
from app.services.dto import RegionInfo
from app.services.matrix import Cell, MatrixReader, MatrixRow
from app.services.reports.files import replaced_on_success
from app.whole_file import whole_stream, zip_complete

# A colour-blind-safe palette (tints of Okabe & Ito's), each a clearly different grey when
# printed without colour: completed darkest, then dropped, in progress, planned. Black text
# on each keeps a contrast of at least 7:1.
STATUS_COLOURS = {
    NoteStatus.COMPLETED.value: "#3FA682",
    NoteStatus.DROPPED.value: "#E3A07E",
    NoteStatus.IN_PROGRESS.value: "#F2C14E",
    NoteStatus.PLANNED.value: "#CDE7F7",
}
FIXED_HEADERS = ("Category", "Practice", "Selected")
EVIDENCE_HEADERS = ("Regions testing", "Completed tests", "Notes", "Mean score", "Scores set")
_BATCH = 500
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Value = str | int | float | None


@dataclass(frozen=True, slots=True)
class MatrixLine:
    """One line of the table; ``statuses`` gives each region cell's status (for colour)."""

    values: tuple[Value, ...]
    statuses: tuple[str | None, ...] = ()
    total: bool = False


@dataclass(frozen=True, slots=True)
class ExportReport:
    practices: int
    selected: int


def cell_text(cell: Cell | None) -> str:
    if cell is None or cell.status is None:
        return ""
    return f"{NoteStatus(cell.status).label} ({cell.notes})"


def headers(regions: Sequence[RegionInfo]) -> tuple[str, ...]:
    return (*FIXED_HEADERS, *(region.label for region in regions), *EVIDENCE_HEADERS)


def matrix_lines(
    reader: MatrixReader, keys_by_category: Mapping[str, Sequence[int]]
) -> Iterator[MatrixLine]:
    """Practices in catalogue order (categories by position), then a line of totals."""
    regions = reader.regions()
    names = {node.id: node.name for node in reader.categories()}
    tested = dict.fromkeys((region.id for region in regions), 0)
    totals = [0, 0, 0, 0]  # selected, tested somewhere, completed tests, notes
    practices = 0
    for node in reader.categories():
        keys = keys_by_category.get(node.id, ())
        for start in range(0, len(keys), _BATCH):
            batch = keys[start : start + _BATCH]
            rows = reader.rows(batch)
            for key in batch:
                row = rows.get(key)
                if row is None:
                    continue
                for region_id, cell in row.cells.items():
                    if cell.testing and region_id in tested:
                        tested[region_id] += 1
                practices += 1
                totals[0] += row.selected
                totals[1] += row.regions_testing > 0
                totals[2] += row.completed
                totals[3] += row.notes
                yield _practice_line(names.get(row.category_id, ""), row, regions)
    yield MatrixLine(
        ("Total", f"{practices} practices", totals[0], *tested.values(), *totals[1:], None, None),
        total=True,
    )


def _practice_line(category: str, row: MatrixRow, regions: Sequence[RegionInfo]) -> MatrixLine:
    cells = [row.cells.get(region.id) for region in regions]
    mean = row.mean_score
    return MatrixLine(
        (
            category,
            row.title,
            "yes" if row.selected else "",
            *(cell_text(cell) for cell in cells),
            row.regions_testing,
            row.completed,
            row.notes,
            None if mean is None else round(mean, 2),
            row.score_count,
        ),
        tuple(None if cell is None else cell.status for cell in cells),
    )


def save_csv(
    reader: MatrixReader, keys_by_category: Mapping[str, Sequence[int]], target: Path
) -> ExportReport:
    tally = _Tally()
    with (
        replaced_on_success(target) as partial,
        partial.open("w", encoding="utf-8", newline="") as out,
    ):
        out.write("\ufeff")  # without it Excel reads UTF-8 as the local code page
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(headers(reader.regions()))
        for line in matrix_lines(reader, keys_by_category):
            writer.writerow([_csv_value(value) for value in line.values])
            tally.add(line)
    return tally.report()


def save_xlsx(
    reader: MatrixReader, keys_by_category: Mapping[str, Sequence[int]], target: Path
) -> ExportReport:
    from openpyxl import Workbook  # type: ignore[import-untyped]  # heavy: only when exporting

    regions = reader.regions()
    titles = headers(regions)
    workbook = Workbook(write_only=True)
    sheet: Any = workbook.create_sheet("Field-test matrix")
    _set_widths(sheet, len(regions))
    sheet.freeze_panes = "C2"
    sheet.append([_styled(sheet, title, bold=True, wrap=True) for title in titles])
    tally = _Tally()
    for line in matrix_lines(reader, keys_by_category):
        sheet.append(_xlsx_cells(sheet, line))
        tally.add(line)
    sheet.auto_filter.ref = f"A1:{_column(len(titles))}{tally.lines + 1}"
    from app.services.reports.xlsx_report import discard

    try:
        with whole_stream(target, verify=zip_complete) as out:
            workbook.save(out)
    except BaseException:
        discard(workbook)  # else "Exception ignored" tracebacks follow a full disk
        raise
    return tally.report()


class _Tally:
    def __init__(self) -> None:
        self.lines = self.practices = self.selected = 0

    def add(self, line: MatrixLine) -> None:
        self.lines += 1
        if not line.total:
            self.practices += 1
            self.selected += line.values[2] == "yes"

    def report(self) -> ExportReport:
        return ExportReport(self.practices, self.selected)


def _csv_value(value: Value) -> Value:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def _xlsx_cells(sheet: Any, line: MatrixLine) -> list[Any]:
    first_region = len(FIXED_HEADERS)
    cells: list[Any] = []
    for index, value in enumerate(line.values):
        status = None
        if 0 <= index - first_region < len(line.statuses):
            status = line.statuses[index - first_region]
        if isinstance(value, str) or status is not None or line.total:
            cells.append(_styled(sheet, value, bold=line.total, status=status))
        else:
            cells.append(value)
    return cells


def _styled(
    sheet: Any, value: Value, *, bold: bool = False, wrap: bool = False, status: str | None = None
) -> Any:
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]

    if isinstance(value, str):
        value = _ILLEGAL.sub("", value) or None
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, never a formula
    if bold:
        cell.font = Font(bold=True)
    if wrap:
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    if status is not None:
        colour = STATUS_COLOURS[status].lstrip("#")
        cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        cell.alignment = Alignment(horizontal="center")
    return cell


def _set_widths(sheet: Any, regions: int) -> None:
    widths = [24, 40, 9, *([16] * regions), 10, 10, 8, 8, 8]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[_column(index)].width = width


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    return str(get_column_letter(index))
