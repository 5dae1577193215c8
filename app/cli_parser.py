"""The command line's grammar: the window's options and the headless commands' parsers.

Apart from ``app.cli`` (what the commands do) so that a start of the window reads its options
without either: a command line with only ``--db`` and ``--lang`` is read by a parser without
the commands (building their eleven parsers is a few milliseconds of every start).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from app import __version__
from app.domain.languages import LANGUAGES, UnknownLanguage, checked_language

PROG = "practice-catalogue"
EXPORT_FORMATS = ("json", "csv", "xlsx", "pdf")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints the whole usage block; one clear line is what the contract promises.
        self.exit(2, f"{PROG}: error: {message} (see {PROG} --help)\n")


def opens_the_window(argv: Sequence[str]) -> bool:
    """``argv`` holds only the window's options (``--db PATH``, ``--lang CODE``): no command,
    no ``--help``. Such a command line is read without building the commands' parsers."""
    expecting_value = False
    for token in argv:
        if expecting_value:
            expecting_value = False
        elif token in _WINDOW_OPTIONS:
            expecting_value = True
        elif not token.startswith(tuple(f"{option}=" for option in _WINDOW_OPTIONS)):
            return False
    return not expecting_value


_WINDOW_OPTIONS = ("--db", "--lang")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the window's options (building the
    eleven commands' parsers is a few milliseconds of every start)."""
    parser = _Parser(
        prog=PROG,
        description="Browse the good-practice catalogue and record regional field-test notes. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_db_option(parser, argparse.SUPPRESS)
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help=f"the window's language, over the saved choice and the system's: {_LANGUAGE_LIST}",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    export = subparsers.add_parser(
        "export",
        help="write the database: json (exchange format), csv/xlsx (notes), pdf (report)",
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    export.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        dest="report_language",  # its own: a subparser's default would overwrite the parent's
        help="the language of the csv/xlsx/pdf headings, labels and dates (default: English;"
        f" json is never translated): {_LANGUAGE_LIST}",
    )
    selection = export.add_argument_group("selection (default: everything)")
    selection.add_argument("--region", metavar="NAME", help="a region's name, country code or id")
    selection.add_argument("--practice", metavar="TITLE", help="a practice's title or id")
    selection.add_argument("--category", metavar="NAME", help="a category's name or id")
    selection.add_argument("--since", metavar="DATE", help="notes dated on or after YYYY-MM-DD")
    selection.add_argument("--until", metavar="DATE", help="notes dated on or before YYYY-MM-DD")
    _add_db_option(export, argparse.SUPPRESS)
    importing = subparsers.add_parser(
        "import", help="merge an exchange file into the database (all or nothing)"
    )
    importing.add_argument("file", metavar="FILE", help="an exchange file (JSON)")
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would change and write nothing"
    )
    _add_db_option(importing, argparse.SUPPRESS)
    backup = subparsers.add_parser("backup", help="take a backup copy of the database now")
    _add_db_option(backup, argparse.SUPPRESS)
    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restore.add_argument(
        "file", metavar="FILE", nargs="?", help="backup file (default: the newest backup)"
    )
    _add_db_option(restore, argparse.SUPPRESS)
    check = subparsers.add_parser("check", help="check the database file and report in words")
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index if it is damaged"
    )
    _add_db_option(check, argparse.SUPPRESS)
    from app.cli_sync import add_commands

    add_commands(subparsers, lambda sub: _add_db_option(sub, argparse.SUPPRESS))
    return parser


_LANGUAGE_LIST = ", ".join(LANGUAGES)


def _language(code: str) -> str:
    """``--lang``: a shipped language's code (``de``, ``de_AT``, ``DE`` all read as ``de``)."""
    try:
        return checked_language(code)
    except UnknownLanguage as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="database file (default: in the user data folder)",
    )
