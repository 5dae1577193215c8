"""``practice-catalogue export --format pdf``: the one command that needs Qt (to render).

Errors follow the command line's rule: one line on stderr, a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys

from app.cli import CommandError, fail, open_for, selection_for
from app.domain.errors import DatabaseError


def export_pdf(args: argparse.Namespace) -> int:
    from app.ui.transfers.pdf_report import headless_application, write_pdf

    try:
        path = open_for(args)
        selection = selection_for(args, path)
        if args.output is None and sys.stdout.isatty():
            raise CommandError("a PDF is not for a terminal: give a file with -o FILE")
        headless_application()
        target = args.output
        if target is None:
            write_pdf(path, selection, sys.stdout.buffer)
        else:
            from app.cli import _checked_output

            checked = _checked_output(target)
            assert checked is not None
            write_pdf(path, selection, checked)
    except (CommandError, DatabaseError, ValueError) as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{error.strerror or error} '{error.filename or ''}'".strip())
    return 0
