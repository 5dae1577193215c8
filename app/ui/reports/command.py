"""``practice-catalogue export --format pdf``: the one command that needs Qt (to render).

Errors follow the command line's rule: one line on stderr, a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys

from app.cli import CommandError, fail, open_for, os_error_line, output_path, selection_for
from app.db.errors import DatabaseError


def export_pdf(args: argparse.Namespace) -> int:
    from app.ui.reports.pdf_report import headless_application, write_pdf

    try:
        path = open_for(args)
        selection = selection_for(args, path)
        if args.output is None and sys.stdout.isatty():
            raise CommandError("a PDF is not for a terminal: give a file with -o FILE")
        headless_application()
        target = output_path(args.output)
        write_pdf(path, selection, target if target is not None else sys.stdout.buffer)
    except (CommandError, DatabaseError, ValueError) as error:
        return fail(str(error))
    except OSError as error:
        return fail(os_error_line(error))
    return 0
