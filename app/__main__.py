"""Entry point: ``practice-catalogue`` / ``python -m app``.

With a command it runs headless (``app.cli``); without one it opens the window. Qt is imported
only in the second case.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, read as ``main`` reads it (the start-up benchmark does the same)."""
    from app.cli_parser import build_parser, opens_the_window

    tokens = list(sys.argv[1:] if argv is None else argv)
    return build_parser(commands=not opens_the_window(tokens)).parse_args(tokens)


def before_window() -> None:
    """Import the window's Qt-free read path before Qt, then spare PySide6 reading the source
    of every module imported after it (``app.ui.core.feature_scan``: 8-11 ms of a start)."""
    import app.paths
    import app.services.notes.reader
    import app.services.opening
    import app.services.search.searcher
    import app.services.store
    import app.ui.common.newest_request
    import app.whole_file  # noqa: F401
    from app.ui.core.feature_scan import skip_source_scan

    skip_source_scan()  # imports PySide6


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import report_language, run

    args = parse_arguments(argv)
    if args.command == "export" and (args.format == "pdf" or report_language(args)):
        # A PDF is rendered by Qt, and translations come from Qt's catalogues: the headless
        # commands stay Qt-free, these pieces are handed over.
        from app.services.reports.words import ENGLISH
        from app.ui.transfers.pdf_command import words_for_language, write_pdf_headless

        code = report_language(args)
        words = words_for_language(code) if code else ENGLISH
        return run(args, pdf_writer=write_pdf_headless, words=words)
    if args.command is not None:
        return run(args)
    before_window()
    from app.ui.shell.application import run_gui

    return run_gui(getattr(args, "db", None), language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
