"""``practice-catalogue export ...``: what the command line needs from Qt, handed over by
``app.__main__``: the PDF painter, and the reports' words in a language (``--lang CODE``).

The command line (``app.cli``) does everything else (opening, the selection, the output,
errors in one line); this paints the report with a headless Qt application.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from app.services.reports.selection import ReportSelection
from app.services.reports.words import ENGLISH, ReportWords


def write_pdf_headless(
    path: Path,
    selection: ReportSelection,
    target: Path | BinaryIO,
    words: ReportWords = ENGLISH,
) -> int:
    from app.ui.transfers.pdf_report import headless_application, write_pdf

    headless_application()
    return write_pdf(path, selection, target, words=words)


def words_for_language(code: str) -> ReportWords:
    """The reports' words in ``code`` (a shipped language), read from its ``.qm`` catalogue.

    Makes the headless Qt application if none runs yet and installs the language in it (the
    process then speaks ``code``: this is for a command that writes one report and ends).
    """
    from app.ui.common.translation import install_language
    from app.ui.transfers.pdf_report import headless_application
    from app.ui.transfers.report_words import report_words

    headless_application()
    install_language(code)
    return report_words()
