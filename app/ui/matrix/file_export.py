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

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.services.matrix import MatrixReader
from app.services.matrix.export import ExportReport, save_csv, save_xlsx
from app.ui.matrix.labels import named
from app.ui.matrix.png import save_png

EXPORT_ERRORS = (OSError, sqlite3.Error)  # what a failed export raises


def export_to(
    reader: MatrixReader, scope: Mapping[str, Sequence[int]], target: Path, what: str
) -> str:
    """Write ``scope`` to ``target`` by its suffix (.png, .csv, .xlsx); says what it wrote."""
    suffix = target.suffix.lower()
    if suffix == ".png":
        png = save_png(reader, scope, target, title=f"Field-test matrix: {what}")
        cut = f" (the first {png.practices:,} of {png.total:,})" if png.cut else ""
        return f"Saved {what} as an image{cut}: {target}"
    if suffix in (".csv", ".xlsx"):
        report: ExportReport = (save_csv if suffix == ".csv" else save_xlsx)(reader, scope, target)
        return f"Saved {what}, {report.practices:,} practices, as {suffix[1:].upper()}: {target}"
    raise OSError(f"{target.name}: give a name ending in .png, .csv or .xlsx")


def ask_target(parent: QWidget, suggested: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        "Export the field-test matrix",
        suggested,
        "PNG image (*.png);;CSV table (*.csv);;Excel workbook (*.xlsx)",
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() not in (".png", ".csv", ".xlsx"):
        target = target.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
    return target


def export_button(
    parent: QWidget, export: Callable[[Path, bool], str], done: Callable[[str], None]
) -> QPushButton:
    """The window's Export menu: the final catalogue, or the practices shown. Asks for a
    file, writes it with ``export(target, selected_only)`` and tells ``done`` what was
    written, or why nothing was."""
    button = QPushButton("&Export", parent)
    named(button, "matrixExport", "Export the matrix as PNG, CSV or XLSX")
    menu = QMenu(button)
    for text, selected_only in (
        ("Final catalogue (selected practices)…", True),
        ("Practices shown here…", False),
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
            message = f"Nothing was written: {error}"
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
