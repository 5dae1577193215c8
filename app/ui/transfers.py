"""Moving data in and out of the window: import (with a preview), export, print to PDF and
the final catalogue. Long work runs with a progress dialog and a working Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.long_task import Progress, TaskFailedError, run_long_task
from app.ui.settings import setting_text

if TYPE_CHECKING:
    from app.services.reports.selection import ReportSelection
    from app.ui.main_window import MainWindow


def import_file(window: MainWindow, path: Path | None = None) -> None:
    from app.services.exchange.merge import Action, merge_file, plan_file
    from app.ui.import_preview import ImportPreview

    window.notes.flush()
    window.flush_practice_editor()
    if path is None:
        folder = setting_text(window.settings, "import/folder")
        chosen, _ = QFileDialog.getOpenFileName(
            window, "Import notes from a file", folder, "Exchange files (*.json);;All files (*)"
        )
        if not chosen:
            return
        path = Path(chosen)
        window.settings.setValue("import/folder", str(path.parent))

    # The file is read twice, for the preview and for the import, never held whole: a million
    # notes stay within bounded memory. The import refuses the file if it changed meanwhile.
    try:
        done, plan = run_long_task(
            window,
            f"Reading {path.name}…",
            lambda progress: plan_file(window.database_path, path, progress),
        )
    except TaskFailedError as failure:
        QMessageBox.warning(
            window, "This file cannot be imported", f"{failure}.\n\nNothing was changed."
        )
        return
    if not done:
        return
    preview = ImportPreview(plan, window)
    if preview.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        done, result = run_long_task(
            window,
            f"Importing {path.name}…",
            lambda progress: merge_file(
                window.database_path, path, progress, previewed=plan.digest
            ),
        )
    except TaskFailedError as failure:
        QMessageBox.warning(window, "The import failed", f"{failure}.\n\nNothing was changed.")
        return
    if not done:
        window.statusBar().showMessage("Import cancelled: nothing was changed.", 8000)
        return
    window.after_import(result)
    conflicts = result.count(Action.CONFLICT)
    window.statusBar().showMessage(
        f"Imported {path.name}: {result.count(Action.NEW)} new, {result.count(Action.UPDATED)}"
        f" updated, {conflicts} conflicts.",
        10000,
    )


def export(window: MainWindow, fmt: str = "json") -> None:
    from app.ui.export_dialog import ExportDialog

    window.notes.flush()
    window.flush_practice_editor()
    shown = window.detail.shown_id if window.detail.shown_id else None
    detail = window.reader.practice_detail(shown) if shown else None
    dialog = ExportDialog(
        window.reader,
        window.settings,
        practice=(detail.id, detail.title) if detail else None,
        fmt=fmt,
        parent=window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    target = dialog.ask_target()
    if target is None:
        return
    write(window, dialog.chosen_format, dialog.selection(), target)


def write(window: MainWindow, fmt: str, selection: ReportSelection, target: Path) -> bool:
    """Write ``target`` in ``fmt``; says in the status bar what happened."""
    path = window.database_path

    def work(progress: Progress) -> Any:
        if fmt == "json":
            from app.services.exchange.export import write_export
            from app.services.reports.files import replaced_on_success

            with replaced_on_success(target) as partial, partial.open("w", encoding="utf-8") as out:
                return write_export(
                    window.backend.sessions, out, selection=selection, progress=progress
                )
        if fmt == "csv":
            from app.services.reports.csv_report import save_csv

            return save_csv(path, selection, target, progress=progress)
        if fmt == "xlsx":
            from app.services.reports.xlsx_report import write_xlsx

            return write_xlsx(path, selection, target, progress=progress)
        from app.ui.reports.pdf_report import write_pdf

        return write_pdf(path, selection, target, progress=progress)

    try:
        done, _ = run_long_task(window, f"Writing {target.name}…", work, on_gui_thread=fmt == "pdf")
    except TaskFailedError as failure:
        QMessageBox.warning(window, "Export failed", f"{target.name} was not written: {failure}.")
        return False
    if done:
        window.statusBar().showMessage(f"Wrote {target}", 10000)
    else:
        window.statusBar().showMessage("Export cancelled: no file was written.", 8000)
    return done


FINAL_FILTERS = {
    ".pdf": "PDF: the selected practices with their evidence (*.pdf)",
    ".png": "PNG: the field-test matrix of the selected practices (*.png)",
    ".csv": "CSV: the matrix as a table (*.csv)",
    ".xlsx": "XLSX: the matrix as a workbook (*.xlsx)",
}


def export_final_catalogue(window: MainWindow) -> None:
    """The practices selected for the final catalogue: a PDF with their texts, evidence and
    notes, or the field-test matrix of them as an image or a table."""
    from datetime import date

    window.notes.flush()
    window.flush_practice_editor()
    selected = window.reader.connection.execute(
        "SELECT count(*) FROM practices WHERE selected = 1"
    ).fetchone()[0]
    if not selected:
        QMessageBox.information(
            window,
            "No practice is selected yet",
            "Mark practices for the final catalogue first: the box in the detail pane or in"
            " View → Field-Test Matrix.",
        )
        return
    folder = setting_text(window.settings, "export/folder")
    suggested = str(Path(folder) / f"final-catalogue-{date.today().isoformat()}.pdf")
    chosen, file_filter = QFileDialog.getSaveFileName(
        window, "Export the final catalogue", suggested, ";;".join(FINAL_FILTERS.values())
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.suffix.lower() not in FINAL_FILTERS:
        suffix = next((s for s, f in FINAL_FILTERS.items() if f == file_filter), ".pdf")
        target = target.with_name(target.name + suffix)
    window.settings.setValue("export/folder", str(target.parent))
    write_final(window, target)


def write_final(window: MainWindow, target: Path) -> bool:
    path = window.database_path
    if target.suffix.lower() == ".pdf":
        from app.ui.reports.final_catalogue import write_final_catalogue

        def work(progress: Progress) -> Any:
            return write_final_catalogue(path, target, progress=progress)

    else:
        from app.services.matrix import MatrixReader
        from app.ui.matrix_export_dialog import export_to

        def work(progress: Progress) -> Any:
            reader = MatrixReader(path)
            try:
                return export_to(reader, reader.selected_keys(), target, "the final catalogue")
            finally:
                reader.close()

    try:  # on the GUI thread: the PDF and the PNG are painted by Qt
        done, _ = run_long_task(window, f"Writing {target.name}…", work, on_gui_thread=True)
    except TaskFailedError as failure:
        QMessageBox.warning(window, "Export failed", f"{target.name} was not written: {failure}.")
        return False
    if done:
        window.statusBar().showMessage(f"Wrote the final catalogue to {target}", 10000)
    return bool(done)
