"""``practice-catalogue export --format pdf``: the painter the command line is handed.

The command line (``app.cli``) does everything else (opening, the selection, the output,
errors in one line); this paints the report with a headless Qt application.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from app.services.reports.selection import ReportSelection


def write_pdf_headless(path: Path, selection: ReportSelection, target: Path | BinaryIO) -> int:
    from app.ui.transfers.pdf_report import headless_application, write_pdf

    headless_application()
    return write_pdf(path, selection, target)
