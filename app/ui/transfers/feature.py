"""Moving data in and out of the window: import (with a preview), export, print to PDF and
the final catalogue. Long work runs with a progress dialog and a working Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.services.progress import Progress
from app.ui.common.locale_format import number_text
from app.ui.common.settings_values import setting_text
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill
from app.ui.core.actions import ActionName

if TYPE_CHECKING:
    from app.services.reports.selection import ReportSelection
    from app.ui.core.feature import Shell

translate = QCoreApplication.translate


def import_file(shell: Shell, path: Path | None = None) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from app.services.exchange.merge import Action, merge_file, plan_file
    from app.ui.common.long_task import TaskFailedError, run_long_task
    from app.ui.transfers.import_preview import ImportPreview

    shell.flush_edits()
    if path is None:
        folder = setting_text(shell.settings, "import/folder")
        chosen, _ = QFileDialog.getOpenFileName(
            shell.dialog_parent,
            translate("Transfers", "Import notes from a file"),
            folder,
            translate("Transfers", "Exchange files (*.json);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        shell.settings.setValue("import/folder", str(path.parent))

    # The file is read twice, for the preview and for the import, never held whole: a million
    # notes stay within bounded memory. The import refuses the file if it changed meanwhile.
    try:
        done, plan = run_long_task(
            shell.dialog_parent,
            fill(translate("Transfers", "Reading %1…"), path.name),
            lambda progress: plan_file(shell.open_catalogue.path, path, progress),
        )
    except TaskFailedError as failure:
        QMessageBox.warning(
            shell.dialog_parent,
            translate("Transfers", "This file cannot be imported"),
            fill(translate("Transfers", "%1.\n\nNothing was changed."), failure),
        )
        return
    if not done:
        return
    preview = ImportPreview(plan, shell.dialog_parent)
    if preview.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        done, result = run_long_task(
            shell.dialog_parent,
            fill(translate("Transfers", "Importing %1…"), path.name),
            lambda progress: merge_file(
                shell.open_catalogue.path, path, progress, previewed=plan.digest
            ),
        )
    except TaskFailedError as failure:
        QMessageBox.warning(
            shell.dialog_parent,
            translate("Transfers", "The import failed"),
            fill(translate("Transfers", "%1.\n\nNothing was changed."), failure),
        )
        return
    if not done:
        shell.show_message(translate("Transfers", "Import cancelled: nothing was changed."), 8000)
        return
    shell.after_import(result)
    conflicts = result.count(Action.CONFLICT)
    text = translate(
        "Transfers", "Imported %1: %2 new, %3 updated, %n conflict(s).", None, conflicts
    )
    new, updated = number_text(result.count(Action.NEW)), number_text(result.count(Action.UPDATED))
    shell.show_message(fill(text, path.name, new, updated), 10000)


def export(shell: Shell, fmt: str = "json") -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.transfers.export_dialog import ExportDialog

    shell.flush_edits()
    shown = shell.current_practice_id()
    detail = shell.open_catalogue.reader.practice_detail(shown) if shown else None
    dialog = ExportDialog(
        shell.open_catalogue.reader,
        shell.settings,
        practice=(detail.id, detail.title) if detail else None,
        fmt=fmt,
        parent=shell.dialog_parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    target = dialog.ask_target()
    if target is None:
        return
    write(shell, dialog.chosen_format, dialog.selection(), target)


def write(shell: Shell, fmt: str, selection: ReportSelection, target: Path) -> bool:
    """Write ``target`` in ``fmt``; says in the status bar what happened."""
    from app.ui.transfers.report_words import report_words

    path = shell.open_catalogue.path
    words = report_words()  # the window's language; the exchange file (json) is never translated

    def work(progress: Progress) -> Any:
        if fmt == "json":
            from app.services.reports.files import replaced_on_success

            with replaced_on_success(target) as partial, partial.open("w", encoding="utf-8") as out:
                return shell.open_catalogue.store.export_exchange(out, selection, progress)
        if fmt == "csv":
            from app.services.reports.csv_report import save_csv

            return save_csv(path, selection, target, progress=progress, words=words)
        if fmt == "xlsx":
            from app.services.reports.xlsx_report import write_xlsx

            return write_xlsx(path, selection, target, progress=progress, words=words)
        from app.ui.transfers.pdf_report import write_pdf

        return write_pdf(path, selection, target, progress=progress, words=words)

    wrote = fill(translate("Transfers", "Wrote %1"), target)
    return _write_file(shell, target, work, wrote, on_gui_thread=fmt == "pdf")


def _write_file(shell: Shell, target: Path, work: Any, wrote: str, *, on_gui_thread: bool) -> bool:
    """Run ``work`` with a progress dialog; say in words what happened."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.common.long_task import TaskFailedError, run_long_task

    try:
        done, _ = run_long_task(
            shell.dialog_parent,
            fill(translate("Transfers", "Writing %1…"), target.name),
            work,
            on_gui_thread=on_gui_thread,
        )
    except TaskFailedError as failure:
        QMessageBox.warning(
            shell.dialog_parent,
            translate("Transfers", "Export failed"),
            fill(translate("Transfers", "%1 was not written: %2."), target.name, failure),
        )
        return False
    if done:
        shell.show_message(wrote, 10000)
    else:
        shell.show_message(translate("Transfers", "Export cancelled: no file was written."), 8000)
    return bool(done)


FINAL_FILTERS = {  # shown translated (context "Transfers")
    ".pdf": QT_TRANSLATE_NOOP(
        "Transfers", "PDF: the selected practices with their evidence (*.pdf)"
    ),
    ".png": QT_TRANSLATE_NOOP(
        "Transfers", "PNG: the field-test matrix of the selected practices (*.png)"
    ),
    ".csv": QT_TRANSLATE_NOOP("Transfers", "CSV: the matrix as a table (*.csv)"),
    ".xlsx": QT_TRANSLATE_NOOP("Transfers", "XLSX: the matrix as a workbook (*.xlsx)"),
}


def export_final_catalogue(shell: Shell) -> None:
    """The practices selected for the final catalogue: a PDF with their texts, evidence and
    notes, or the field-test matrix of them as an image or a table."""
    from datetime import date

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shell.flush_edits()
    selected = shell.open_catalogue.reader.connection.execute(
        "SELECT count(*) FROM practices WHERE selected = 1"
    ).fetchone()[0]
    if not selected:
        QMessageBox.information(
            shell.dialog_parent,
            translate("Transfers", "No practice is selected yet"),
            translate(
                "Transfers",
                "Mark practices for the final catalogue first: the box in the detail pane or in"
                " View → Field-Test Matrix.",
            ),
        )
        return
    folder = setting_text(shell.settings, "export/folder")
    suggested = str(Path(folder) / f"final-catalogue-{date.today().isoformat()}.pdf")
    filters = {suffix: translate("Transfers", text) for suffix, text in FINAL_FILTERS.items()}
    chosen, file_filter = QFileDialog.getSaveFileName(
        shell.dialog_parent,
        translate("Transfers", "Export the final catalogue"),
        suggested,
        ";;".join(filters.values()),
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.suffix.lower() not in filters:
        suffix = next((s for s, f in filters.items() if f == file_filter), ".pdf")
        target = target.with_name(target.name + suffix)
    shell.settings.setValue("export/folder", str(target.parent))
    write_final(shell, target)


def write_final(shell: Shell, target: Path) -> bool:
    path = shell.open_catalogue.path
    if target.suffix.lower() == ".pdf":
        from app.ui.transfers.final_catalogue import write_final_catalogue
        from app.ui.transfers.report_words import report_words

        words = report_words()

        def work(progress: Progress) -> Any:
            return write_final_catalogue(path, target, progress=progress, words=words)

    else:

        def work(progress: Progress) -> Any:
            return shell.export_matrix(target)

    # On the GUI thread: the PDF and the PNG are painted by Qt.
    wrote = fill(translate("Transfers", "Wrote the final catalogue to %1"), target)
    return _write_file(shell, target, work, wrote, on_gui_thread=True)


class TransfersFeature(QObject):
    """File → Import, Export, Print to PDF and Export Final Catalogue."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell

    def install(self, shell: Shell) -> None:
        actions = shell.registry
        actions[ActionName.IMPORT].triggered.connect(lambda: import_file(shell))
        actions[ActionName.EXPORT].triggered.connect(lambda: export(shell))
        actions[ActionName.PRINT_PDF].triggered.connect(lambda: export(shell, "pdf"))
        actions[ActionName.EXPORT_FINAL].triggered.connect(lambda: export_final_catalogue(shell))

    def set_read_only(self) -> None:
        action = self._shell.registry[ActionName.IMPORT]
        action.setEnabled(False)
        action.setToolTip(translate("Transfers", "The database is read-only"))

    def reload(self) -> None:
        """Nothing held: every transfer reads the file when it starts."""

    def shutdown(self) -> None:
        """Nothing running: transfers are modal and finish before the window can close."""
