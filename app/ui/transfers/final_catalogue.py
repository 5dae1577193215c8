"""File → Export final catalogue…: the practices selected for the final catalogue as a PDF,
each with its texts, its evidence (regions tested, completed tests, score means, latest
outcomes) and its notes.

The same report as Print to PDF (``write_pdf``), on ``ReportSelection(selected_only=True)``
and titled "Final catalogue" (in the report's language). When no practice is selected the PDF
is still written: one page that says "No practice is selected for the final catalogue" and
how to select some (a window can check first with ``MatrixReader.selected_count``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO

from app.services.progress import Progress
from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords
from app.ui.transfers.pdf_report import write_pdf

FINAL_TITLE = ENGLISH.final_title
FINAL_CATALOGUE = ReportSelection(selected_only=True)


def write_final_catalogue(
    db_path: Path,
    target: Path | IO[bytes],
    *,
    progress: Progress | None = None,
    generated: date | None = None,
    words: ReportWords = ENGLISH,
) -> int:
    """Write the final catalogue as a PDF; returns the number of pages.

    ``target`` is a file path (written whole or not at all) or a binary stream;
    ``progress(done, total)`` is called per practice and may return False to stop
    (``ReportCancelledError``, no file left behind); ``generated`` is the date printed
    (default today); ``words`` its headings and labels (English by default; titled
    ``words.final_title``). A ``QGuiApplication`` must exist. Raises ``OSError`` when the file
    cannot be written.
    """
    return write_pdf(
        db_path,
        FINAL_CATALOGUE,
        target,
        title=words.final_title,
        generated=generated,
        progress=progress,
        words=words,
    )
