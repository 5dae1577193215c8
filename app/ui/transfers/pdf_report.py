"""The catalogue as a PDF: A4, a heading per category and per practice, each practice's texts
and notes, "Page N of M" and the generation date on every page.

Painted with Qt's own PDF support (``QPdfWriter``): the HTML of ``report_html`` is laid out
by ``QTextDocument`` at the writer's resolution and drawn page by page, with a header and a
footer painted around each page. Needs a ``QGuiApplication`` (``headless_application``
makes one for the command line); never loads an image, from the network or from disk.

Memory stays bounded: each category (or each run of ``CHUNK_NOTES`` notes within one) is a
document of its own, starting on a new page. "Page N of M" needs M before painting: a small
report keeps its laid-out documents; a large one is laid out twice, one document at a time
(to count, then to paint), inside one read transaction, so both passes see the same data.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from app import __version__
from app.services.progress import Progress, report
from app.services.reports.catalogue_report import CatalogueReport, ReportOverview
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords, place
from app.ui.transfers.report_html import (
    STYLE,
    category_html,
    empty_report_html,
    practice_html,
    title_html,
)
from app.whole_file import destination, pdf_complete, whole_path, whole_stream

MARGINS_MM = QMarginsF(20, 15, 20, 15)  # left, top, right, bottom
BAND_MM = 9.0  # header and footer bands inside the margins
BODY_POINT_SIZE = 10.0
BAND_POINT_SIZE = 8.0
CHUNK_NOTES = 400  # a category with more notes is laid out in several documents
CHUNK_PRACTICES = 100
KEEP_NOTES = 1500  # up to this many notes, the laid-out documents are kept, not redone


class _InertDocument(QTextDocument):
    """A document that loads nothing: no image, style sheet or file, from anywhere."""

    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 - Qt override
        return None


def headless_application() -> QGuiApplication:
    """The running Qt application, or a new ``QGuiApplication`` on the offscreen platform
    (unless ``QT_QPA_PLATFORM`` says otherwise) for commands run without a window."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    argv = [sys.argv[0] if sys.argv else "practice-catalogue"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)


def write_pdf(
    db_path: Path,
    selection: ReportSelection,
    target: Path | IO[bytes],
    *,
    title: str | None = None,
    generated: date | None = None,
    progress: Progress | None = None,
    words: ReportWords = ENGLISH,
) -> int:
    """Write the selected part of the catalogue as a PDF; returns the number of pages.

    ``target`` is a file path (written whole or not at all, created 0600; a device or a pipe
    is written through) or a binary stream. ``title``
    heads the first page and every page's header (default ``words.title``, "Good Practices
    Catalogue"); ``generated`` is the date printed (default today); ``words`` are the report's
    headings, labels and date formats (English by default, see ``report_words``).
    ``progress(done, total)`` is called per practice laid out and may return False to stop
    (``ReportCancelledError``).
    A ``QGuiApplication`` must exist. Raises ``SelectionError`` for an unknown id and
    ``OSError`` when the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication (see headless_application)")
    job = _Job(db_path, selection, title or words.title, generated or date.today(), words)
    job.progress = progress  # called per practice laid out
    if isinstance(target, Path) and not destination(target).through and _qt_can_name(target):
        # Qt does not report a failed write (QPainter.end() returns True on a full disk):
        # the trailer read back from the disk says whether the whole PDF is there.
        with whole_path(target, verify=pdf_complete) as partial:
            return job.run(str(partial), str(target))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = job.run(buffer, "the output stream" if not isinstance(target, Path) else str(target))
    buffer.close()
    data = bytes(buffer.data().data())
    if isinstance(target, Path):  # a device, a pipe or a name Qt cannot spell: by Python
        with whole_stream(target, verify=pdf_complete) as out:
            out.write(data)
    else:
        target.write(data)
    return pages


class _Job:
    def __init__(
        self,
        db_path: Path,
        selection: ReportSelection,
        title: str,
        generated: date,
        words: ReportWords,
    ) -> None:
        self.db_path = db_path
        self.selection = selection
        self.title = title
        self.generated = generated
        self.words = words
        self.progress: Progress | None = None
        self.done = 0
        self.total = 0

    def run(self, output: str | QIODevice, name: str) -> int:
        """Lay out and paint the report into ``output`` (a file name or a device); ``name``
        is how error messages call it. Returns the number of pages."""
        writer = QPdfWriter(output)
        writer.setTitle(self.title)
        writer.setCreator(f"Practice Catalogue {__version__}")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        with CatalogueReport(self.db_path, self.selection, self.words) as source:
            overview = source.overview()
            # A small report is laid out once and kept; a large one twice, one chunk at a time.
            kept = overview.note_count <= KEEP_NOTES
            self.total = overview.practice_count * (1 if kept else 2)
            documents = list(self._documents(writer, source, overview)) if kept else None

            def pages() -> Iterable[QTextDocument]:
                return (
                    documents
                    if documents is not None
                    else self._documents(writer, source, overview)
                )

            page_count = sum(doc.pageCount() for doc in pages())
            painter = QPainter()
            if not painter.begin(writer):
                raise OSError(f"cannot write the PDF '{name}'")
            try:
                frame = _Frame(writer, self.title, overview, self.generated, page_count, self.words)
                for doc in pages():
                    frame.paint(painter, doc)
            finally:
                ended = painter.end()
        if not ended:
            raise OSError(f"could not finish the PDF '{name}'")
        return page_count

    def _documents(
        self, writer: QPdfWriter, source: CatalogueReport, overview: ReportOverview
    ) -> Iterator[QTextDocument]:
        """Each chunk of the report as a document laid out for the page (one at a time)."""
        for html in self._chunks(source, overview):
            yield _document(writer, html)

    def _chunks(self, source: CatalogueReport, overview: ReportOverview) -> Iterator[str]:
        words = self.words
        parts = [title_html(self.title, overview, self.generated, words)]
        if not overview.categories:
            yield "".join(parts) + empty_report_html(overview, words)
            return
        for category in overview.categories:
            parts.append(category_html(category, words=words))
            notes = practices = 0
            for practice in source.practices(category.id):
                if notes >= CHUNK_NOTES or practices >= CHUNK_PRACTICES:
                    yield "".join(parts)
                    parts = [category_html(category, continued=True, words=words)]
                    notes = practices = 0
                parts.append(
                    practice_html(practice, notes_filtered=overview.notes_filtered, words=words)
                )
                notes += len(practice.notes)
                practices += 1
                self.done += 1
                report(self.progress, self.done, self.total)
            yield "".join(parts)
            parts = []


def _document(writer: QPdfWriter, html: str) -> QTextDocument:
    body = _Frame.body_size(writer)
    doc = _InertDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(BODY_POINT_SIZE))
    doc.setDefaultStyleSheet(STYLE)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setPageSize(body)
    doc.setHtml(f"<html><body>{html}</body></html>")
    return doc


class _Frame:
    """The page around the text: a header (title, scope) and a footer (date, page N of M)."""

    def __init__(
        self,
        writer: QPdfWriter,
        title: str,
        overview: ReportOverview,
        generated: date,
        page_count: int,
        words: ReportWords,
    ) -> None:
        self.writer = writer
        self.words = words
        self.title = title
        self.scope = " · ".join(overview.scope)
        self.generated = generated
        self.page_count = page_count
        self.page = 0
        self.band = _mm(writer, BAND_MM)
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.font = _font(BAND_POINT_SIZE)

    @staticmethod
    def body_size(writer: QPdfWriter) -> QSizeF:
        band = _mm(writer, BAND_MM)
        return QSizeF(float(writer.width()), float(writer.height()) - 2 * band)

    def paint(self, painter: QPainter, doc: QTextDocument) -> None:
        """Paint every page of ``doc``, each on a new page of the PDF."""
        body = self.body_size(self.writer)
        for index in range(doc.pageCount()):
            if self.page:
                self.writer.newPage()
            self.page += 1
            painter.save()
            painter.translate(0, self.band - index * body.height())
            view = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
            doc.documentLayout().draw(painter, context)
            painter.restore()
            self._bands(painter)

    def _bands(self, painter: QPainter) -> None:
        painter.save()
        painter.setFont(self.font)
        painter.setPen(QPen(QColor("#555555")))
        metrics = painter.fontMetrics()
        header = QRectF(0, 0, self.width, self.band * 0.6)
        footer = QRectF(0, self.height - self.band * 0.6, self.width, self.band * 0.6)
        half = self.width * 0.48
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(header, left, metrics.elidedText(self.title, elide, int(half)))
        painter.drawText(header, right, metrics.elidedText(self.scope, elide, int(half)))
        words = self.words
        painter.drawText(footer, left, place(words.generated, words.date(self.generated)))
        painter.drawText(footer, right, place(words.page, self.page, self.page_count))
        painter.setPen(QPen(QColor("#b0b0b0"), _mm(self.writer, 0.2)))
        painter.drawLine(0, int(header.bottom()), int(self.width), int(header.bottom()))
        painter.drawLine(0, int(footer.top()), int(self.width), int(footer.top()))
        painter.restore()


def _font(points: float) -> QFont:
    """The application's font at ``points``, without ligatures: "ﬃ" drawn as one glyph
    would be extracted (searched, copied) as one odd character instead of "ffi"."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _mm(writer: QPdfWriter, millimetres: float) -> float:
    return millimetres * writer.resolution() / 25.4


def _qt_can_name(path: Path) -> bool:
    """Qt takes file names as text: a name with bytes that are not UTF-8 (read by Python as
    lone surrogates) would be written somewhere else, so Python writes that file."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
