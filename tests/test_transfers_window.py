"""Import, export, conflicts and the matrix, through the main window's menus and dialogs."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.db.engine import Sessions
from app.services.notes.reader import NotesReader
from app.services.opening import open_database
from app.ui.core.actions import ActionName
from app.ui.shell.main_window import MainWindow
from tests.exchange_helpers import export_text, exported, new_laptop
from tests.factories import add_note, practice_id, region_id, update_practice
from tests.gui_helpers import filter_to, press_cancel_when


def when_modal(kind: type, act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of ``kind`` as soon as it shows."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def other_laptop(db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A second laptop (own replica id) with one note, and its exchange file."""
    folder = tmp_path / "other"
    folder.mkdir()
    other = new_laptop(db_path, folder, "other")
    sessions = Sessions(other)
    add_note(sessions, "Help desk", "Greece", body="Workshop in Thessaloniki")
    sessions.dispose()
    exchange = folder / "other.json"
    exchange.write_text(export_text(other), encoding="utf-8")
    return other, exchange


def test_import_previews_then_merges(qtbot, window: MainWindow, other_laptop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.transfers.import_preview import ImportPreview

    _other, exchange = other_laptop
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exchange), ""))
    seen: list[str] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPreview)
        seen.append(dialog.summary.text())
        dialog.confirm.click()

    when_modal(ImportPreview, confirm)
    window.registry[ActionName.IMPORT].trigger()
    assert "1 new, 0 updated" in seen[0]
    pid = practice_id(Sessions(window.database_path), "Help desk")
    window.catalogue.select_practice(pid)
    assert window.notes.model.rowCount() == 1
    assert "Imported other.json: 1 new" in window.statusBar().currentMessage()
    filter_to(qtbot, window, "thessaloniki")  # searchable at once
    assert window.catalogue.model.shown_practices == 1


def test_cancelled_preview_changes_nothing(window: MainWindow, other_laptop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.transfers.import_preview import ImportPreview

    _other, exchange = other_laptop
    before = exported(window.database_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exchange), ""))
    when_modal(ImportPreview, lambda dialog: dialog.reject())
    window.registry[ActionName.IMPORT].trigger()
    assert exported(window.database_path) == before


def test_cancel_during_the_import_changes_nothing(
    window: MainWindow, other_laptop, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import json
    import threading

    from app.services.exchange.batch_merger import BatchMerger
    from app.ui.transfers.import_preview import ImportPreview

    other, _exchange = other_laptop
    document = exported(other)
    note = document["notes"][0]
    document["notes"] += [
        dict(note, id=f"00000000-0000-4000-8000-{n:012x}") for n in range(5000)
    ]  # three batches
    large = tmp_path / "large.json"
    large.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(large), ""))
    pressed = threading.Event()
    take = BatchMerger.take

    def slow_take(self: BatchMerger, batch: object) -> None:
        if self.write and batch.kind == "notes" and batch.start > 0:  # type: ignore[attr-defined]
            pressed.wait(10)  # the first notes are written; the rest waits for Cancel
        take(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(BatchMerger, "take", slow_take)

    def press_cancel() -> None:
        press_cancel_when("Importing", pressed.set)

    when_modal(ImportPreview, lambda dialog: (dialog.confirm.click(), press_cancel()))
    before = window.database_path.read_bytes()
    window.registry[ActionName.IMPORT].trigger()
    assert "Import cancelled: nothing was changed" in window.statusBar().currentMessage()
    assert window.database_path.read_bytes() == before


def test_a_file_changed_during_the_preview_is_not_imported(
    window: MainWindow, other_laptop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.transfers.import_preview import ImportPreview

    _other, exchange = other_laptop
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exchange), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    def edit_then_confirm(dialog: QDialog) -> None:  # a sync tool rewrites it meanwhile
        text = exchange.read_text(encoding="utf-8")
        exchange.write_text(text.replace("Thessaloniki", "Kavala"), encoding="utf-8")
        dialog.confirm.click()  # type: ignore[attr-defined]

    when_modal(ImportPreview, edit_then_confirm)
    before = window.database_path.read_bytes()
    window.registry[ActionName.IMPORT].trigger()
    assert warnings and "changed after the preview" in warnings[0]
    assert window.database_path.read_bytes() == before


def test_bad_file_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "practice-catalogue", "version": 1, "notes": 3}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    before = window.database_path.read_bytes()
    window.registry[ActionName.IMPORT].trigger()
    assert warnings and "Nothing was changed" in warnings[0]
    assert window.database_path.read_bytes() == before


@pytest.mark.parametrize("fmt", ["json", "csv", "pdf"])
def test_export_dialog_writes_the_chosen_format(
    window: MainWindow,
    sessions: Sessions,
    tmp_path: Path,
    monkeypatch,
    fmt: str,  # type: ignore[no-untyped-def]
) -> None:
    from app.ui.transfers.export_dialog import ExportDialog

    add_note(sessions, "Help desk", "Tartu", body="Tartu note — õ")
    add_note(sessions, "Web site", "Malta", body="Malta note")
    target = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.region.setCurrentIndex(dialog.region.findData(region_id(sessions, "Tartu")))
        dialog.accept()

    when_modal(ExportDialog, choose)
    window.registry[ActionName.PRINT_PDF if fmt == "pdf" else ActionName.EXPORT].trigger()
    assert target.exists()
    if fmt == "csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["Region"] for row in rows] == ["Tartu"] and "õ" in rows[0]["Text"]
    elif fmt == "json":
        import json

        notes = json.loads(target.read_text(encoding="utf-8"))["notes"]
        assert [n["body"] for n in notes] == ["Tartu note — õ"]
    else:
        assert target.read_bytes().startswith(b"%PDF")


def test_import_conflicts_are_listed_and_settled(
    qtbot,
    window: MainWindow,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.exchange.merge import merge
    from app.services.notes.fields import fields_of, validate
    from app.services.notes.service import NotesService
    from tests.exchange_helpers import document_of

    ours = Sessions(db_path)
    note = add_note(ours, "Co-Location", "Namur", body="base")
    other = new_laptop(db_path, tmp_path, "other")
    theirs = Sessions(other)
    for sessions, text in ((ours, "ours"), (theirs, "theirs")):
        stored = NotesReader(sessions.path).note(note)
        assert stored is not None
        fields = fields_of(stored)
        import dataclasses

        valid = validate(
            dataclasses.replace(fields, body=text), NotesService(sessions).region_ids()
        )
        NotesService(sessions).update(note, stored.revision, valid.note)  # type: ignore[arg-type]
    merge(db_path, document_of(other, "other.json"))
    window.registry[ActionName.CONFLICTS].trigger()
    dialog = window.findChild(QDialog, "conflictsDialog")
    assert dialog is not None and dialog.list.topLevelItemCount() == 1
    dialog.open_button.click()
    bar = window.notes.conflict_bar
    assert bar.isVisible() and "import" in bar.message.text().lower()
    assert bar.buttons[next(iter(bar.buttons))].text().replace("&", "") == "Use the Other Version"
    # The tips speak of the import's two versions too, not of "your version".
    tips = [button.toolTip() for button in bar.buttons.values()]
    assert tips[0] == "Put the version kept aside in place of the one shown"
    assert not any("your version" in tip.lower() for tip in tips)
    bar.findChild(object, "conflictBoth").click()
    bodies = sorted(
        n.first_line for n in NotesReader(db_path).notes(practice_id(ours, "Co-Location"))
    )
    assert bodies == ["ours", "theirs"] and NotesReader(db_path).open_conflicts() == []


def test_matrix_opens_follows_the_filter_and_opens_notes(
    qtbot,
    window: MainWindow,
    sessions: Sessions,  # type: ignore[no-untyped-def]
) -> None:
    add_note(sessions, "Help desk", "Tartu", body="x")
    window.registry[ActionName.MATRIX].trigger()
    matrix = window.findChild(QDialog, "fieldTestMatrix") or window.matrix
    assert matrix is not None and matrix.objectName() == "fieldTestMatrix"
    assert window.registry[ActionName.MATRIX].objectName() == "matrixAction"
    filter_to(qtbot, window, "desk")
    assert window.matrix.model.rowCount() < 15 + 6  # type: ignore[union-attr]
    pid, rid = practice_id(sessions, "Help desk"), region_id(sessions, "Tartu")
    window.matrix.openNotes.emit(pid, rid)  # type: ignore[union-attr]
    assert window.notes.practice_id == pid
    assert window.notes.region_filter.currentData() == rid


def test_selection_box_in_the_detail_pane(window: MainWindow, sessions: Sessions) -> None:
    pid = practice_id(sessions, "Business Intelligence")
    window.catalogue.select_practice(pid)
    box = window.findChild(QDialog, "practiceSelected") or window.selection_toggle
    assert box.objectName() == "practiceSelected" and not box.isChecked()
    box.click()
    assert NotesReader(window.database_path).practice_detail(pid).selected  # type: ignore[union-attr]
    assert "Selected" in window.detail.toPlainText()


def test_large_import_is_searchable_when_it_ends(
    qtbot,
    window: MainWindow,
    other_laptop,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.exchange import batch_merger as merging
    from app.services.exchange.merge import merge
    from app.services.exchange.reading import read_document

    _other, exchange = other_laptop
    monkeypatch.setattr(merging, "INDEX_AT_ONCE", 0)  # composed in bulk, as a large import is
    plan = merge(window.database_path, read_document(exchange))
    assert plan.queued_for_index == 0
    window.after_import(plan)
    assert window.indexer is None  # nothing left for the background
    filter_to(qtbot, window, "thessaloniki")
    assert window.catalogue.model.shown_practices == 1
    assert "still being updated" not in window.status_label.text()


def test_selected_practices_export_needs_a_selection(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[1]))
    window.registry[ActionName.EXPORT_FINAL].trigger()
    assert said == ["No practice is selected yet"]


def test_fresh_database_has_no_conflicts(window: MainWindow) -> None:
    window.registry[ActionName.CONFLICTS].trigger()
    dialog = window.findChild(QDialog, "conflictsDialog")
    assert dialog is not None and "No conflicts" in dialog.intro.text()
    assert open_database is not None and update_practice is not None


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".csv"])
def test_final_catalogue_export(
    window: MainWindow,
    sessions: Sessions,
    tmp_path: Path,
    monkeypatch,
    suffix: str,  # type: ignore[no-untyped-def]
) -> None:
    import shutil
    import subprocess

    for title in ("Help desk", "Collective Booth"):
        update_practice(sessions, title, selected=True)
    add_note(sessions, "Help desk", "Tartu", body="tested", score_enterprises=4)
    target = tmp_path / f"final{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.registry[ActionName.EXPORT_FINAL].trigger()
    assert target.exists() and target.stat().st_size > 0
    if suffix == ".pdf" and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        assert "Final catalogue" in text and "Help desk" in text and "Collective Booth" in text
        assert "Web site" not in text
    if suffix == ".csv":
        content = target.read_text(encoding="utf-8-sig")
        assert (
            "Help desk" in content and "Collective Booth" in content and "Web site" not in content
        )
