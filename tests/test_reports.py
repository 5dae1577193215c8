"""Reports of notes and of the catalogue: CSV, XLSX and PDF, read back from real files.

CSV is read with the ``csv`` module, XLSX with openpyxl, PDF with poppler's ``pdftotext``
and ``pdfinfo`` (``apt-get install poppler-utils``; the PDF-text tests skip without them).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.progress import ReportCancelledError
from app.services.reports.csv_report import save_csv, write_csv
from app.services.reports.note_rows import HEADERS, note_rows
from app.services.reports.resolve import resolve_selection
from app.services.reports.selection import ReportSelection, SelectionError
from app.services.reports.xlsx_report import write_xlsx
from tests.factories import add_note, practice_id, region_id, update_practice
from tests.http_helpers import CountingServer

GENERATED = date(2026, 11, 27)

# Bodies name the notes; each test says which notes a selection must give.
TARTU_HELP = "Tõnis tested the help desk: „hea”, more or less."
SLOVENIA_HELP = "Čebelarstvo cluster in Kočevje asked for a second round."
NAMUR_TRAINING = 'Café crème, élan; a line with "quotes", commas\nand a second line.'
TARTU_WEB = "Web site tried in Tartu, õhtul."
TRASHED = "TRASHED note that no report may show"
ALL_NOTES = {TARTU_HELP, SLOVENIA_HELP, NAMUR_TRAINING, TARTU_WEB}


@pytest.fixture
def notes(sessions: Sessions) -> Sessions:
    """Four notes in three regions, three practices and three categories, and one in the trash."""
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        status=NoteStatus.COMPLETED,
        body=TARTU_HELP,
        date=date(2012, 3, 1),
        author="Jõgeva Tõnu",
        outcome="Adopted by two clusters",
        score_cluster_initiatives=5,
        score_enterprises=4,
    )
    add_note(
        sessions,
        "Help desk",
        "Slovenia",
        status=NoteStatus.IN_PROGRESS,
        body=SLOVENIA_HELP,
        date=date(2012, 5, 2),
        author="Ana Čeh",
    )
    add_note(
        sessions,
        "Trainings",
        "Namur",
        body=NAMUR_TRAINING,
        date=date(2013, 1, 5),
        author="Émile",
        score_development_agencies=0,
    )
    add_note(
        sessions,
        "Web site",
        "Tartu",
        status=NoteStatus.DROPPED,
        body=TARTU_WEB,
        date=date(2011, 12, 31),
        outcome="=1+1",
    )
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        body=TRASHED,
        date=date(2012, 4, 1),
        deleted_at=datetime(2012, 4, 2, tzinfo=UTC),
    )
    return sessions


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for report files (the database lies in ``tmp_path``)."""
    path = tmp_path / "reports"
    path.mkdir()
    return path


def selection(sessions: Sessions, **names: Any) -> ReportSelection:
    """A selection by names: ``region="Tartu"``, ``practice="Help desk"``, ``category=...``."""
    fields: dict[str, Any] = {}
    if "region" in names:
        fields["region_id"] = region_id(sessions, names.pop("region"))
    if "practice" in names:
        fields["practice_id"] = practice_id(sessions, names.pop("practice"))
    if "category" in names:
        fields["category_id"] = _category_id(sessions, names.pop("category"))
    return ReportSelection(**fields, **names)


def _category_id(sessions: Sessions, name: str) -> str:
    from sqlalchemy import select

    from app.domain.models import Category

    with sessions.read() as session:
        return session.scalars(select(Category.id).where(Category.name == name)).one()


FILTERS: list[tuple[dict[str, Any], set[str]]] = [
    ({}, ALL_NOTES),
    ({"region": "Tartu"}, {TARTU_HELP, TARTU_WEB}),
    ({"practice": "Help desk"}, {TARTU_HELP, SLOVENIA_HELP}),
    ({"category": "Education and training"}, {NAMUR_TRAINING}),
    ({"since": date(2012, 3, 1)}, {TARTU_HELP, SLOVENIA_HELP, NAMUR_TRAINING}),
    ({"until": date(2012, 3, 1)}, {TARTU_HELP, TARTU_WEB}),
    ({"since": date(2012, 1, 1), "until": date(2012, 12, 31)}, {TARTU_HELP, SLOVENIA_HELP}),
    ({"region": "Tartu", "since": date(2012, 1, 1)}, {TARTU_HELP}),
    ({"region": "Greece"}, set()),
]
FILTER_IDS = ["all", "region", "practice", "category", "since", "until", "period", "both", "none"]


def csv_text(db_path: Path, chosen: ReportSelection) -> str:
    out = io.StringIO(newline="")
    write_csv(db_path, chosen, out)
    return out.getvalue()


def csv_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


# --- CSV ---------------------------------------------------------------------------------


def test_csv_file_is_utf8_with_bom_one_row_per_note_without_the_trash(
    notes: Sessions, db_path: Path, folder: Path
) -> None:
    target = folder / "notes.csv"
    assert save_csv(db_path, ReportSelection(), target) == 4
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs look for
    assert raw.endswith(b"\r\n")  # RFC 4180 line ends
    assert not list(folder.glob(".*partial"))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HEADERS)
    assert len(rows) == 5
    texts = {row[-1] for row in rows[1:]}
    assert texts == ALL_NOTES  # quotes, commas and a line break survive quoting
    flat = raw.decode("utf-8")
    for accented in ("õ", "č", "é", "Č", "É", "„hea”"):
        assert accented in flat
    assert "TRASHED" not in flat


def test_csv_columns_hold_words_dates_and_numbers(notes: Sessions, db_path: Path) -> None:
    rows = csv_rows(csv_text(db_path, ReportSelection()))
    by_text = {row[-1]: dict(zip(HEADERS, row, strict=True)) for row in rows[1:]}
    help_desk = by_text[TARTU_HELP]
    assert help_desk == {
        "Practice": "Help desk",
        "Category": "Expansion",
        "Region": "Tartu",
        "Country": "EE",
        "Date": "2012-03-01",
        "Status": "completed",
        "Author": "Jõgeva Tõnu",
        "Outcome": "Adopted by two clusters",
        "Score: cluster initiatives": "5",
        "Score: development agencies": "",
        "Score: enterprises": "4",
        "Text": TARTU_HELP,
    }
    assert by_text[SLOVENIA_HELP]["Status"] == "in progress"
    assert by_text[NAMUR_TRAINING]["Score: development agencies"] == "0"
    # Rows follow the catalogue: category, practice, then region and date.
    assert [row[-1] for row in rows[1:]] == [NAMUR_TRAINING, SLOVENIA_HELP, TARTU_HELP, TARTU_WEB]


def test_csv_cell_that_looks_like_a_formula_is_kept_as_text(notes: Sessions, db_path: Path) -> None:
    rows = csv_rows(csv_text(db_path, selection(notes, practice="Web site")))
    assert rows[1][HEADERS.index("Outcome")] == "'=1+1"


def test_csv_semicolon_for_comma_decimal_spreadsheets(notes: Sessions, db_path: Path) -> None:
    out = io.StringIO(newline="")
    write_csv(db_path, ReportSelection(), out, delimiter=";")
    rows = list(csv.reader(io.StringIO(out.getvalue()[1:], newline=""), delimiter=";"))
    assert rows[0] == list(HEADERS) and len(rows) == 5


@pytest.mark.parametrize(("names", "expected"), FILTERS, ids=FILTER_IDS)
def test_csv_and_xlsx_follow_the_selection(
    notes: Sessions, db_path: Path, folder: Path, names: dict[str, Any], expected: set[str]
) -> None:
    chosen = selection(notes, **names)
    assert {row[-1] for row in csv_rows(csv_text(db_path, chosen))[1:]} == expected
    target = folder / "notes.xlsx"
    assert write_xlsx(db_path, chosen, target) == len(expected)
    sheet = openpyxl.load_workbook(target).active
    assert {row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)} == expected


def test_unknown_id_is_an_error_and_leaves_no_file(
    notes: Sessions, db_path: Path, folder: Path
) -> None:
    target = folder / "notes.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(SelectionError, match="no region has the id 'nowhere'"):
        save_csv(db_path, ReportSelection(region_id="nowhere"), target)
    with pytest.raises(SelectionError, match="no practice"):
        write_xlsx(db_path, ReportSelection(practice_id="none"), folder / "x.xlsx")
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.csv"]


def test_cancelled_report_leaves_the_previous_file(
    notes: Sessions, db_path: Path, folder: Path
) -> None:
    target = folder / "notes.csv"
    target.write_text("previous", encoding="utf-8")
    calls: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(ReportCancelledError):
        save_csv(db_path, ReportSelection(), target, progress=stop)
    assert calls == [(4, 4)]
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.csv"]


def test_note_rows_stream(notes: Sessions, db_path: Path) -> None:
    rows = note_rows(db_path, ReportSelection())
    first = next(rows)
    assert first.text == NAMUR_TRAINING and first.date == date(2013, 1, 5)
    rows.close()  # closes the connection early


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_header_dates_numbers_and_accents(
    notes: Sessions, db_path: Path, folder: Path
) -> None:
    target = folder / "notes.xlsx"
    assert write_xlsx(db_path, ReportSelection(), target) == 4
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "Notes"
    assert [cell.value for cell in sheet[1]] == list(HEADERS)
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 20 and sheet.column_dimensions["L"].width > 40
    rows = {row[-1].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(rows) == ALL_NOTES  # the trash is left out
    tartu = rows[TARTU_HELP]
    assert tartu[HEADERS.index("Date")].is_date
    assert tartu[HEADERS.index("Date")].value.date() == date(2012, 3, 1)
    assert tartu[HEADERS.index("Score: cluster initiatives")].value == 5
    assert tartu[HEADERS.index("Score: development agencies")].value is None
    assert tartu[HEADERS.index("Author")].value == "Jõgeva Tõnu"
    assert rows[SLOVENIA_HELP][HEADERS.index("Author")].value == "Ana Čeh"
    assert rows[NAMUR_TRAINING][HEADERS.index("Author")].value == "Émile"
    outcome = rows[TARTU_WEB][HEADERS.index("Outcome")]
    assert outcome.value == "=1+1" and outcome.data_type == "s"  # text, not a formula


def test_xlsx_drops_control_characters_and_cuts_huge_text(
    sessions: Sessions, db_path: Path, folder: Path
) -> None:
    add_note(sessions, "Help desk", "Tartu", body="bell\x07 and form feed\x0c" + "x" * 40_000)
    target = folder / "notes.xlsx"
    write_xlsx(db_path, ReportSelection(), target)
    text = openpyxl.load_workbook(target).active.cell(row=2, column=len(HEADERS)).value
    assert text.startswith("bell and form feed")
    assert len(text) == 32767 and text.endswith("32,767 characters]")


def test_xlsx_to_a_stream(notes: Sessions, db_path: Path) -> None:
    out = io.BytesIO()
    assert write_xlsx(db_path, ReportSelection(), out) == 4
    assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).active.max_row == 5


# --- Selections from names --------------------------------------------------------------


def test_resolve_selection_by_name_id_or_country(sessions: Sessions, db_path: Path) -> None:
    tartu = region_id(sessions, "Tartu")
    assert resolve_selection(db_path, region="tartu").region_id == tartu
    assert resolve_selection(db_path, region="EE").region_id == tartu
    assert resolve_selection(db_path, region=tartu).region_id == tartu
    help_desk = practice_id(sessions, "Help desk")
    assert resolve_selection(db_path, practice="HELP DESK").practice_id == help_desk
    chosen = resolve_selection(
        db_path, category="expansion", since="2012-01-01", until=date(2012, 12, 31)
    )
    assert chosen.category_id == _category_id(sessions, "Expansion")
    assert (chosen.since, chosen.until) == (date(2012, 1, 1), date(2012, 12, 31))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"region": "Atlantis"}, "no region is named 'Atlantis'; the regions are: "),
        ({"practice": "help"}, "did you mean 'Help desk'"),
        ({"category": "Nothing like it"}, "no category is named 'Nothing like it'"),
        ({"since": "2012-13-01"}, "'2012-13-01' is not a date; write it as YYYY-MM-DD"),
        ({"since": "2013-01-01", "until": "2012-01-01"}, "starts (2013-01-01) after it ends"),
    ],
)
def test_resolve_selection_says_what_is_wrong(
    db_path: Path, arguments: dict[str, str], message: str
) -> None:
    with pytest.raises(SelectionError) as raised:
        resolve_selection(db_path, **arguments)
    assert message in str(raised.value)


# --- PDF ---------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="pdftotext/pdfinfo missing: apt-get install poppler-utils",
)


def pdf_text(path: Path) -> str:
    """The PDF's text, whitespace collapsed so phrases match across line breaks."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.decode("utf-8").split())


def pdf_pages(path: Path) -> int:
    result = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def make_pdf(db_path: Path, chosen: ReportSelection, target: Path) -> tuple[int, str]:
    from app.ui.transfers.pdf_report import write_pdf

    pages = write_pdf(db_path, chosen, target, generated=GENERATED)
    return pages, pdf_text(target)


@needs_poppler
def test_pdf_of_the_whole_catalogue(
    qapp: Any, notes: Sessions, db_path: Path, folder: Path
) -> None:
    update_practice(
        notes,
        "Help desk",
        summary="A **help desk** answers companies’ questions.",
        description="# How it works\n\nOne door for every question.",
    )
    target = folder / "catalogue.pdf"
    pages, text = make_pdf(db_path, ReportSelection(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert pages == pdf_pages(target) >= 6  # each category starts a page
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert text.count("Generated 2026-11-27") >= pages
    assert "Good Practices Catalogue" in text and "Whole catalogue" in text
    assert "15 practices · 4 notes" in text
    for heading in ("Education and training", "Expansion", "Policy actions", "Help desk"):
        assert heading in text
    assert "Permanent industrial and commercial offices" in text  # no "ﬃ" ligature
    assert "A help desk answers companies’ questions." in text
    assert "How it works One door for every question." in text
    assert "No description yet" in text and "No summary yet" in text
    assert "Not tested in any region yet" in text
    for body in ALL_NOTES:
        assert " ".join(body.split()) in text  # accents intact: õ, Č, é
    assert "Tartu (EE) · 2012-03-01 · completed" in text
    assert "Author Jõgeva Tõnu" in text
    assert "Added value cluster initiatives 5/5 · enterprises 4/5" in text
    assert "Slovenia (SI) · 2012-05-02 · in progress" in text
    assert "TRASHED" not in text


@needs_poppler
def test_pdf_by_region_has_only_that_regions_notes_and_practices(
    qapp: Any, notes: Sessions, db_path: Path, folder: Path
) -> None:
    pages, text = make_pdf(db_path, selection(notes, region="Tartu"), folder / "tartu.pdf")
    assert "Notes from Tartu (EE)" in text
    assert "2 practices · 2 notes" in text
    assert TARTU_HELP in text and TARTU_WEB in text
    assert SLOVENIA_HELP not in text and "Slovenia (SI)" not in text
    assert "Namur" not in text and "Trainings" not in text  # no note there from Tartu
    assert "Education and training" not in text and "Policy actions" not in text
    assert "Expansion" in text and "Research and networking" in text
    assert f"Page {pages} of {pages}" in text


@needs_poppler
def test_pdf_by_practice_category_and_period(
    qapp: Any, notes: Sessions, db_path: Path, folder: Path
) -> None:
    pages, text = make_pdf(db_path, selection(notes, practice="Help desk"), folder / "p.pdf")
    assert pages == 1 and "Practice: Help desk" in text
    assert TARTU_HELP in text and SLOVENIA_HELP in text and TARTU_WEB not in text
    assert "Co-Location" not in text and "Education and training" not in text

    _, text = make_pdf(
        db_path, selection(notes, category="Education and training"), folder / "c.pdf"
    )
    assert "Category: Education and training" in text and "Trainings" in text
    assert "Help desk" not in text and " ".join(NAMUR_TRAINING.split()) in text

    _, text = make_pdf(
        db_path,
        selection(notes, since=date(2012, 1, 1), until=date(2012, 12, 31)),
        folder / "period.pdf",
    )
    assert "Notes dated 2012-01-01 to 2012-12-31" in text
    assert TARTU_HELP in text and SLOVENIA_HELP in text
    assert TARTU_WEB not in text and "Café" not in text
    assert "Co-Location" in text  # a period limits notes, not practices
    assert "No notes in this selection" in text


@needs_poppler
def test_pdf_of_a_region_without_notes_says_so(
    qapp: Any, notes: Sessions, db_path: Path, folder: Path
) -> None:
    pages, text = make_pdf(db_path, selection(notes, region="Greece"), folder / "gr.pdf")
    assert pages == 1
    assert "Notes from Greece (GR)" in text and "0 practices · 0 notes" in text
    assert "No practice has notes in this selection" in text


@needs_poppler
def test_pdf_loads_no_image_and_keeps_raw_html_as_text(
    qapp: Any, sessions: Sessions, db_path: Path, folder: Path, server: CountingServer
) -> None:
    url = f"http://127.0.0.1:{server.server_address[1]}"
    update_practice(
        sessions,
        "Web site",
        description=(
            f"Remote: ![pixel]({url}/markdown.png)\n\n"
            f'Raw: <img src="{url}/raw.png"> and <iframe src="{url}/frame"></iframe>\n\n'
            "Local: ![hosts](file:///etc/hosts) and the end."
        ),
    )
    add_note(sessions, "Web site", "Tartu", body=f"Note image ![chart]({url}/chart.png) here.")
    _, text = make_pdf(db_path, selection(sessions, practice="Web site"), folder / "w.pdf")
    assert server.requests == []
    assert "[image not loaded: pixel]" in text and "[image not loaded: hosts]" in text
    assert "[image not loaded: chart]" in text
    assert '<iframe src="' in text and "and the end." in text


def test_pdf_to_a_stream_and_cancelled(
    qapp: Any, notes: Sessions, db_path: Path, folder: Path
) -> None:
    from app.ui.transfers.pdf_report import write_pdf

    out = io.BytesIO()
    seen: list[tuple[int, int]] = []

    def follow(done: int, total: int) -> None:
        seen.append((done, total))

    pages = write_pdf(db_path, selection(notes, category="Expansion"), out, progress=follow)
    assert pages >= 1 and out.getvalue().startswith(b"%PDF")
    assert seen[-1][0] == seen[-1][1] == 6  # the category's six practices

    target = folder / "report.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(ReportCancelledError):
        write_pdf(db_path, ReportSelection(), target, progress=lambda done, total: False)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]
    with pytest.raises(SelectionError):
        write_pdf(db_path, ReportSelection(category_id="none"), target)


def test_pdf_from_a_command_without_a_window(db_path: Path, folder: Path) -> None:
    """What ``export --format pdf`` does: only a QGuiApplication, no display, no
    QT_QPA_PLATFORM set (``headless_application`` picks offscreen)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.services.reports.selection import ReportSelection\n"
        "from app.ui.transfers.pdf_report import headless_application, write_pdf\n"
        "application = headless_application()\n"
        "assert type(application).__name__ == 'QGuiApplication', type(application)\n"
        "print(write_pdf(Path(sys.argv[1]), ReportSelection(), Path(sys.argv[2])))\n"
    )
    hidden = {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    env = {name: value for name, value in os.environ.items() if name not in hidden}
    target = folder / "headless.pdf"
    result = subprocess.run(
        [sys.executable, "-c", script, str(db_path), str(target)],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 6
    assert target.read_bytes().startswith(b"%PDF")
