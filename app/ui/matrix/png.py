"""The field-test matrix as a PNG image: caption, table and legend, as the window shows them.

``save_png`` paints the matrix of a set of practices (the final catalogue unless told
otherwise) into an image, at most ``PNG_MAX_ROWS`` practices, with a caption saying what it
holds; the CSV and XLSX exports (``app.services.matrix.export``) hold every practice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from app.services.matrix import MatrixReader
from app.services.reports.files import replaced_on_success
from app.ui.common.locale_format import date_text
from app.ui.common.translation import fill
from app.ui.matrix.columns import Column
from app.ui.matrix.labels import legend_label
from app.ui.matrix.model import MatrixModel
from app.ui.matrix.table import configure_table

translate = QCoreApplication.translate

PNG_MAX_ROWS = 400  # practices painted into one image; CSV and XLSX hold every one
PNG_TITLE_MAX = 420  # pixels for the practice column of the image; longer titles are cut


@dataclass(frozen=True, slots=True)
class PngReport:
    practices: int  # painted
    total: int  # in the scope given

    @property
    def cut(self) -> bool:
        return self.practices < self.total


def save_png(
    reader: MatrixReader,
    keys_by_category: Mapping[str, Sequence[int]],
    target: Path,
    *,
    title: str | None = None,
    max_rows: int = PNG_MAX_ROWS,
) -> PngReport:
    """Paint the matrix of these practices (at most ``max_rows``) with a caption and legend
    (``title`` by default: the final catalogue)."""
    if title is None:
        title = translate("MatrixExport", "Field-test matrix: the final catalogue")
    scope, total = _first(reader, keys_by_category, max_rows)
    model = MatrixModel(reader)
    model.show_keys(scope)
    model.set_summary(reader.summary([k for keys in scope.values() for k in keys]))
    report = PngReport(model.practice_count, total)
    caption = fill(
        translate("MatrixExport", "%1 — %Ln practice(s), %2", None, total),
        title,
        date_text(date.today()),
    )
    if report.cut:
        cut = translate(
            "MatrixExport",
            "The first %Ln are shown; the CSV and XLSX hold them all.",
            None,
            report.practices,
        )
        caption = f"{caption}\n{cut}"
    image = _paint(model, caption)
    with replaced_on_success(target) as partial:
        # PySide6 6.11 wants the format as str at run time; its stubs say bytes.
        if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]
            raise OSError(fill(translate("MatrixExport", "could not write %1"), target))
    return report


def _first(
    reader: MatrixReader, keys_by_category: Mapping[str, Sequence[int]], limit: int
) -> tuple[dict[str, list[int]], int]:
    """The first ``limit`` practices in catalogue order, and how many there were."""
    scope: dict[str, list[int]] = {}
    total = sum(len(keys) for keys in keys_by_category.values())
    room = limit
    for node in reader.categories():
        keys = list(keys_by_category.get(node.id, ()))[: max(room, 0)]
        if keys:
            scope[node.id] = keys
            room -= len(keys)
    return scope, total


def _paint(model: MatrixModel, caption: str) -> QImage:
    """Caption, whole table, legend, placed by hand: a layout would cap the page at the
    screen's size, and the table must show every row without scrolling."""
    page = QWidget()
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    page.setAutoFillBackground(True)
    table = QTableView(page)
    configure_table(table, model)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    title = _caption(page, caption)
    legend = legend_label(page)
    page.show()  # polishes and lays out the headers; never on screen (WA_DontShowOnScreen)
    table.resizeColumnToContents(Column.PRACTICE)
    table.setColumnWidth(Column.PRACTICE, min(table.columnWidth(Column.PRACTICE), PNG_TITLE_MAX))
    header = table.horizontalHeader()
    frame = 2 * table.frameWidth()
    width = header.length() + frame
    height = header.sizeHint().height() + table.verticalHeader().length() + frame
    margin, gap = 12, 8
    top = margin
    for widget, widget_height in (
        (title, title.heightForWidth(width)),
        (table, height),
        (legend, legend.heightForWidth(width)),
    ):
        widget.setGeometry(margin, top, width, widget_height)
        top += widget_height + gap
    page.resize(width + 2 * margin, top - gap + margin)
    QApplication.processEvents()
    image = page.grab().toImage()
    page.close()  # Python owns the page: it goes with the last reference
    return image


def _caption(page: QWidget, text: str) -> QLabel:
    title = QLabel(text, page)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setWordWrap(True)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title
