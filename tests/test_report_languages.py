"""Reports in the chosen language: the PDF's headings, the CSV/XLSX column headers, dates.

``export --lang CODE`` on the command line, the current language in the window. The expected
words are what ``QTranslator`` reads from ``resources/translations/*.qm`` for the source texts,
and each test checks that they differ from English (so a catalogue without them fails here
rather than passing on English). The exchange file (JSON) is never translated.
"""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QFileDialog, QWidget

from app.__main__ import main
from app.db.engine import Sessions
from app.services.reports.csv_report import write_csv
from app.services.reports.note_rows import HEADERS
from app.services.reports.selection import ReportSelection
from app.ui.common.translation import (
    current_language,
    install_language,
    install_translators,
    translations_folder,
)
from app.ui.core.actions import ActionName
from tests.factories import add_note, region_id
from tests.test_reports import needs_poppler
from tests.test_transfers_window import when_modal

# The German headings the PDF test reads back (source texts of context "Reports").
GERMAN_HEADINGS = ("Good Practices Catalogue", "Summary", "Description")
# A French column header that differs from the English one ("Date" is "Date" in French).
FRENCH_HEADER = "Practice"


def catalogue_words(code: str, *sources: str) -> dict[str, str]:
    """What the shipped ``.qm`` of ``code`` gives for ``sources`` ("" when it has none)."""
    translator = QTranslator()
    assert translator.load(f"practice_catalogue_{code}", str(translations_folder()))
    return {source: translator.translate("Reports", source) for source in sources}


@pytest.fixture
def language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Put back the language and the locale a test installs (``export --lang`` installs one:
    a command that writes one report and ends does not need to)."""
    before, locale = current_language(), QLocale()
    yield
    install_translators([], before)
    QLocale.setDefault(locale)


def export(db_path: Path, *argv: str) -> int:
    """``practice-catalogue --db DB ARGV...`` through ``app.__main__`` (Qt handed in)."""
    return main(["--db", str(db_path), *argv])


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_german_pdf_report_headings_read_back(db_path: Path, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    german = catalogue_words("de", *GERMAN_HEADINGS)
    for source, word in german.items():
        assert word and word != source, f"the German catalogue has no word for {source!r}"
    target = tmp_path / "bericht.pdf"
    assert export(db_path, "export", "--format", "pdf", "--lang", "de", "-o", str(target)) == 0
    text = pdf_text(target)
    for word in german.values():
        assert word in text


def test_csv_headers_in_french(db_path: Path, sessions: Sessions, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    add_note(sessions, "Help desk", "Tartu", body="noté")
    french = catalogue_words("fr", *HEADERS)
    assert french[FRENCH_HEADER] and french[FRENCH_HEADER] != FRENCH_HEADER
    target = tmp_path / "notes.csv"
    assert export(db_path, "export", "--format", "csv", "--lang", "fr", "-o", str(target)) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [french[header] or header for header in HEADERS]
    assert rows[1][HEADERS.index("Date")] == rows[1][HEADERS.index("Date")][:10]  # ISO stays
    date.fromisoformat(rows[1][HEADERS.index("Date")])


def test_without_lang_the_export_is_english_as_before(
    db_path: Path,
    tmp_path: Path,
    language,  # type: ignore[no-untyped-def]
) -> None:
    for extra in ([], ["--lang", "en"]):
        target = tmp_path / "notes.csv"
        assert export(db_path, "export", "--format", "csv", *extra, "-o", str(target)) == 0
        assert target.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(HEADERS)
    assert current_language() == "en"


def test_json_is_never_translated(db_path: Path, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "exchange.json"
    assert export(db_path, "--lang", "de", "export", "--lang", "fr", "-o", str(target)) == 0
    assert current_language() == "en"  # no catalogue was even loaded
    assert '"format": "practice-catalogue"' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "csv", "--lang", "xx"],
        ["export", "--format", "pdf", "--lang", "klingon"],
        ["--lang", "xx", "export", "--format", "csv"],
    ],
)
def test_unknown_language_is_one_line_and_exit_2(
    db_path: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    with pytest.raises(SystemExit) as stopped:
        export(db_path, *argv, "-o", str(target))
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("practice-catalogue: error: ")
    assert "unknown language" in err and "en, fr, de" in err and "Traceback" not in err
    assert not target.exists()


def test_top_level_lang_applies_to_the_export(
    db_path: Path,
    tmp_path: Path,
    language,  # type: ignore[no-untyped-def]
) -> None:
    french = catalogue_words("fr", FRENCH_HEADER)[FRENCH_HEADER]
    assert french and french != FRENCH_HEADER
    target = tmp_path / "notes.csv"
    assert export(db_path, "--lang", "fr", "export", "--format", "csv", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8-sig").split(",")[0] == french


@needs_poppler
def test_window_pdf_in_the_current_language(
    window,  # type: ignore[no-untyped-def]
    sessions: Sessions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language,  # type: ignore[no-untyped-def]
) -> None:
    from app.ui.transfers.export_dialog import ExportDialog

    german = catalogue_words("de", "Summary")["Summary"]
    assert german and german != "Summary"
    add_note(sessions, "Help desk", "Tartu", body="Notiz", date=date(2012, 3, 1))
    install_language("de")  # as the window does at its start (View → Language, --lang)
    target = tmp_path / "fenster.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.region.setCurrentIndex(dialog.region.findData(region_id(sessions, "Tartu")))
        dialog.accept()

    when_modal(ExportDialog, choose)
    window.registry[ActionName.PRINT_PDF].trigger()
    text = pdf_text(target)
    assert german in text and "Help desk" in text
    assert "01.03.12" in text  # the note's date, as German writes it short


def test_report_words_follow_the_language(language) -> None:  # type: ignore[no-untyped-def]
    from app.ui.transfers.report_words import report_words

    install_language("fr")
    words = report_words()
    assert words.short_date(date(2026, 11, 28)) == "28/11/2026"
    assert "novembre" in words.date(date(2026, 11, 28))
    assert words.decimal(4.25) in ("4,2", "4,3")
    install_language("en")
    english = report_words()
    # English plurals even before the English catalogue holds its numerus forms
    assert (english.notes(1), english.notes(1234)) == ("1 note", "1,234 notes")
    assert english.practices(0) == "0 practices"


def test_services_default_to_english(db_path: Path) -> None:
    import io

    out = io.StringIO()
    write_csv(db_path, ReportSelection(), out)
    assert out.getvalue().splitlines()[0] == "\ufeff" + ",".join(HEADERS)


def unnamed_controls(dialog: QWidget) -> list[str]:
    """The controls of ``dialog`` a person can reach with Tab whose accessible name is empty
    or only the object name (what a screen reader would say)."""
    missing = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the editor inside a date or a combo box: the outer control speaks
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
            continue
        name = widget.accessibleName()
        if not name or name == widget.objectName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_export_dialog_controls_have_names_in_words(db_path: Path, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from app.services.notes.reader import NotesReader
    from app.ui.transfers.export_dialog import ExportDialog

    dialog = ExportDialog(NotesReader(db_path), settings, practice=("id", "Help desk"), fmt="pdf")
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert dialog.windowTitle() == "Print to PDF"
    assert dialog.only_practice.accessibleName() == "Only “Help desk”"


def test_export_dialog_dates_in_the_language(db_path: Path, qtbot, settings, language) -> None:  # type: ignore[no-untyped-def]
    from app.services.notes.reader import NotesReader
    from app.ui.transfers.export_dialog import ExportDialog

    install_language("de")
    dialog = ExportDialog(NotesReader(db_path), settings, practice=None)
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2012, 3, 1))
    assert dialog.since.text() == "01.03.2012"  # German order, four-digit year


def test_import_preview_controls_have_names_in_words(
    db_path: Path,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.exchange.merge import plan_file
    from app.ui.transfers.import_preview import ImportPreview
    from tests.exchange_helpers import export_text

    exchange = tmp_path / "same.json"
    exchange.write_text(export_text(db_path), encoding="utf-8")
    dialog = ImportPreview(plan_file(db_path, exchange))
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert "0 new, 0 updated" in dialog.summary.text()


def test_xlsx_headers_in_french(db_path: Path, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    french = catalogue_words("fr", *HEADERS)
    assert french[FRENCH_HEADER] and french[FRENCH_HEADER] != FRENCH_HEADER
    target = tmp_path / "notes.xlsx"
    assert export(db_path, "export", "--format", "xlsx", "--lang", "fr", "-o", str(target)) == 0
    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[1]] == [french[header] or header for header in HEADERS]
