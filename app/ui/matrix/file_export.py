"""Exporting the field-test matrix to a file the person names: PNG, CSV or XLSX.

``export_to`` writes a set of practices by the file's suffix (the PNG from
``app.ui.matrix.png``, CSV and XLSX from ``app.services.matrix.export``). The window's Export
button (``export_button``) and File → Export final catalogue… (``export_final_catalogue``)
both ask for the file first, suggesting a dated name, and write under a wait cursor.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.services.matrix import MatrixReader
from app.services.matrix.export import ExportReport, save_csv, save_xlsx
from app.ui.common.locale_format import number_text
from app.ui.common.translation import fill
from app.ui.matrix.labels import named
from app.ui.matrix.png import save_png

translate = QCoreApplication.translate

EXPORT_ERRORS = (OSError, sqlite3.Error)  # what a failed export raises
SUFFIXES = (".png", ".csv", ".xlsx")  # in the order of the file dialog's filters


def export_to(
    reader: MatrixReader, scope: Mapping[str, Sequence[int]], target: Path, selected_only: bool
) -> str:
    """Write ``scope`` (the final catalogue when ``selected_only``, else the practices shown)
    to ``target`` by its suffix (.png, .csv, .xlsx); says what it wrote."""
    suffix = target.suffix.lower()
    if suffix == ".png":
        png = save_png(reader, scope, target, title=png_title(selected_only))
        return _saved_image(selected_only, png.cut, png.practices, png.total, target)
    if suffix in (".csv", ".xlsx"):
        report: ExportReport = (save_csv if suffix == ".csv" else save_xlsx)(reader, scope, target)
        if selected_only:
            text = translate(
                "MatrixExport",
                "Saved the final catalogue, %Ln practice(s), as %1: %2",
                None,
                report.practices,
            )
        else:
            text = translate(
                "MatrixExport",
                "Saved the practices shown, %Ln practice(s), as %1: %2",
                None,
                report.practices,
            )
        return fill(text, suffix[1:].upper(), target)
    raise OSError(
        fill(
            translate("MatrixExport", "%1: give a name ending in .png, .csv or .xlsx"), target.name
        )
    )


def png_title(selected_only: bool) -> str:
    if selected_only:
        return translate("MatrixExport", "Field-test matrix: the final catalogue")
    return translate("MatrixExport", "Field-test matrix: the practices shown")


def _saved_image(selected_only: bool, cut: bool, practices: int, total: int, target: Path) -> str:
    """What saving the image says, a whole sentence for each case."""
    if not cut:
        if selected_only:
            return fill(
                translate("MatrixExport", "Saved the final catalogue as an image: %1"), target
            )
        return fill(translate("MatrixExport", "Saved the practices shown as an image: %1"), target)
    if selected_only:
        text = translate(
            "MatrixExport",
            "Saved the final catalogue as an image (the first %1 of %Ln practice(s)): %2",
            None,
            total,
        )
    else:
        text = translate(
            "MatrixExport",
            "Saved the practices shown as an image (the first %1 of %Ln practice(s)): %2",
            None,
            total,
        )
    return fill(text, number_text(practices), target)


def ask_target(parent: QWidget, suggested: str) -> Path | None:
    filters = [
        translate("MatrixExport", "PNG image (*.png)"),
        translate("MatrixExport", "CSV table (*.csv)"),
        translate("MatrixExport", "Excel workbook (*.xlsx)"),
    ]
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("MatrixExport", "Export the field-test matrix"),
        suggested,
        ";;".join(filters),
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() not in SUFFIXES:
        suffix = SUFFIXES[filters.index(chosen)] if chosen in filters else SUFFIXES[0]
        target = target.with_suffix(suffix)
    return target


def export_button(
    parent: QWidget, export: Callable[[Path, bool], str], done: Callable[[str], None]
) -> QPushButton:
    """The window's Export menu: the final catalogue, or the practices shown. Asks for a
    file, writes it with ``export(target, selected_only)`` and tells ``done`` what was
    written, or why nothing was."""
    button = QPushButton(translate("MatrixExport", "&Export"), parent)
    named(
        button,
        "matrixExport",
        translate("MatrixExport", "Export"),
        translate("MatrixExport", "Export the matrix as PNG, CSV or XLSX"),
    )
    menu = QMenu(button)
    menu.setObjectName("matrixExportMenu")
    menu.setAccessibleName(translate("MatrixExport", "Export"))
    for text, selected_only in (
        (translate("MatrixExport", "&Final catalogue (selected practices)…"), True),
        (translate("MatrixExport", "&Practices shown here…"), False),
    ):
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _=False, s=selected_only: _ask_and_export(parent, s, export, done)
        )
    button.setMenu(menu)
    return button


def _ask_and_export(
    parent: QWidget,
    selected_only: bool,
    export: Callable[[Path, bool], str],
    done: Callable[[str], None],
) -> None:
    target = _ask_dated(parent, "final-catalogue" if selected_only else "field-test-matrix")
    if target is None:
        return
    with _waiting():
        try:
            message = export(target, selected_only)
        except EXPORT_ERRORS as error:
            message = fill(translate("MatrixExport", "Nothing was written: %1"), error)
    done(message)


def _ask_dated(parent: QWidget, stem: str) -> Path | None:
    return ask_target(parent, f"{stem}-{date.today().isoformat()}.png")


@contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
