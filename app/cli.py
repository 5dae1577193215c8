"""Headless commands: ``practice-catalogue export|...``. Never imports Qt.

Errors are one line on stderr and a non-zero exit (2 for bad usage, 1 for a failure), never a
traceback: every expected failure is a ``CommandError``, ``DatabaseError`` or ``OSError``.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from app.cli_parser import PROG, build_parser
from app.domain.errors import DatabaseError
from app.domain.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:  # imported by the commands that use them: opening the window needs neither
    from app.services.reports.selection import ReportSelection
    from app.services.reports.words import ReportWords


class CommandError(Exception):
    """A command could not do what was asked; ``str()`` is the line to print."""


# Paints the PDF report (Qt does, so ``app.__main__`` hands the painter in; this module
# never imports Qt): (database, selection, a file or a binary stream, the report's words).
PdfWriter = Callable[[Path, "ReportSelection", "Path | BinaryIO", "ReportWords"], object]


def report_language(args: argparse.Namespace) -> str | None:
    """The language ``export`` writes its csv/xlsx/pdf in: ``export --lang``, else the
    top-level ``--lang``; None for English, the source, written as it always was
    (``app.__main__`` translates the others)."""
    if getattr(args, "command", None) != "export" or args.format == "json":
        return None
    code = getattr(args, "report_language", None) or getattr(args, "lang", None)
    return None if code == SOURCE_LANGUAGE else code


def run(
    args: argparse.Namespace,
    *,
    pdf_writer: PdfWriter | None = None,
    words: ReportWords | None = None,
) -> int:
    """Run the command; ``words`` are the reports' words (translated by ``app.__main__`` for
    ``--lang``; this module never imports Qt), English by default."""
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export": lambda arguments: _export(arguments, pdf_writer, words),
        "import": _import,
        "backup": _backup,
        "restore": _restore,
        "check": _check,
        "server": _server,
        "sync": _sync,
    }
    try:
        return handlers[args.command](args)
    except (CommandError, DatabaseError, ValueError) as error:
        # ValueError covers ExchangeError, SelectionError and the services' input errors.
        return fail(str(error))
    except OSError as error:
        return fail(os_error_line(error))
    except KeyboardInterrupt:  # Ctrl+C: an import rolls back, an export keeps no half file
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def os_error_line(error: OSError) -> str:
    """What went wrong and with which file, without Python's ``[Errno N]`` prefix."""
    where = f" '{error.filename}'" if error.filename else ""
    return f"{error.strerror or error}{where}"


def fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 1


def open_for(args: argparse.Namespace) -> Path:
    """The database named by ``--db`` (or the default one), checked, migrated and seeded."""
    from app.paths import default_database
    from app.services.opening import open_database

    db = getattr(args, "db", None)
    if db is None:
        return open_database(default_database(), create_parent=True).path
    return open_database(db).path


def selection_for(args: argparse.Namespace, path: Path) -> ReportSelection:
    from app.services.reports.resolve import resolve_selection

    return resolve_selection(
        path,
        region=args.region,
        practice=args.practice,
        category=args.category,
        since=args.since,
        until=args.until,
    )


def _export(
    args: argparse.Namespace, pdf_writer: PdfWriter | None = None, words: ReportWords | None = None
) -> int:
    """json, csv and xlsx here; the pdf's painter comes from ``app.__main__`` (Qt), as do
    translated ``words`` (English when None). The exchange file (json) is never translated."""
    if words is None:
        from app.services.reports.words import ENGLISH

        words = ENGLISH
    path = open_for(args)
    selection = selection_for(args, path)
    target = output_path(args.output)
    if args.format == "json":
        from app.services.store import CatalogueStore

        store = CatalogueStore(path)
        try:
            with text_output(target, newline="\n") as out:
                store.export_exchange(out, selection)
        finally:
            store.dispose()
    elif args.format == "csv":
        from app.services.reports.csv_report import write_csv

        with text_output(target, newline="") as out:
            write_csv(path, selection, out, words=words)
    elif args.format == "xlsx":
        from app.services.reports.xlsx_report import write_xlsx

        stream = target if target is not None else sys.stdout.buffer
        write_xlsx(path, selection, stream, words=words)
    elif pdf_writer is None:
        raise CommandError("pdf export needs the full application (python -m app export ...)")
    elif target is None and sys.stdout.isatty():
        raise CommandError("a PDF is not for a terminal: give a file with -o FILE")
    else:
        pdf_writer(path, selection, target if target is not None else sys.stdout.buffer, words)
    return 0


def output_path(output: str | None) -> Path | None:
    """``-o FILE`` as a path (None for stdout), refused at once if it cannot be written:
    a folder, a missing folder, a special file that is neither a device nor a pipe."""
    if output is None:
        return None
    from app.whole_file import destination

    target = Path(output)
    destination(target)
    return target


@contextmanager
def text_output(target: Path | None, *, newline: str) -> Iterator[IO[str]]:
    """stdout, or ``target`` written whole or not at all (``app.whole_file``)."""
    if target is not None:
        from app.whole_file import whole_text

        with whole_text(target, newline=newline) as out:
            yield out
        return
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline=newline)
    try:
        yield out
        out.flush()
    finally:
        out.detach()  # leave sys.stdout usable


def _import(args: argparse.Namespace) -> int:
    from app.services.exchange.merge import Action, merge_file, plan_file

    path = open_for(args)
    source = Path(args.file)
    plan = plan_file(path, source) if args.dry_run else merge_file(path, source)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} '{source.name}' into {path}:")
    for line in plan.summary():
        print(line)
    conflicts = [c for c in plan.changes if c.action is Action.CONFLICT]
    if conflicts:
        print(
            f"{plan.count(Action.CONFLICT)} conflict(s): both versions are kept; settle them in"
            " the application (Edit > Conflicts):"
        )
        for change in conflicts[:20]:
            print(f"  {change.kind[:-1]} {change.record_id[:8]}  {change.label}")
    if args.dry_run:
        print("Nothing was written (--dry-run).")
    else:
        _catch_up_index(path)  # only a queue an older version left: imports index inside
    return 0


def _catch_up_index(path: Path) -> None:
    from app.services.search.catch_up import catch_up, has_pending

    if not has_pending(path):
        return

    def step(remaining: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\rSearch index: {total - remaining:,} of {total:,}", end="", file=sys.stderr)
        return True

    total = catch_up(path, step, batch=1000)
    print(f"Search index updated for {total:,} practices.")


def _backup(args: argparse.Namespace) -> int:
    from app.services.backups import human_size, rotate, take_backup

    path = open_for(args)
    info = take_backup(path, "manual")
    removed = rotate(path)
    print(f"Backed up to {info.path} ({human_size(info.size)})")
    if removed:
        print(f"Removed {len(removed)} older backup(s) by the rotation policy")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.services.backups import list_backups, restore_backup
    from app.services.opening import database_path

    path = _existing_database(args)
    if args.file:
        source = database_path(args.file)
        if not source.is_file():
            raise CommandError(f"'{source}' is not a file")
    else:
        backups = list_backups(path)
        if not backups:
            raise CommandError(f"there are no backups of '{path}'")
        source = backups[0].path
    safety = restore_backup(path, source)
    print(f"Restored {path} from {source}")
    print(f"The previous contents were backed up to {safety.path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from app.services.checking import check_database, repair_search_index

    path = _existing_database(args)
    from app.services.opening import open_database

    open_database(path)  # refuses damaged or foreign files in one line, as everywhere
    report = check_database(path)
    if args.repair and not report.ok:
        repair_search_index(path)
        report = check_database(path)
    for line in report.lines:
        print(line)
    print("The database is sound." if report.ok else "Problems were found (see above).")
    return 0 if report.ok else 1


def _server(args: argparse.Namespace) -> int:
    from app.cli_sync import run_server

    return run_server(args)


def _sync(args: argparse.Namespace) -> int:
    from app.cli_sync import run_sync

    return run_sync(open_for(args), args.url)


def _existing_database(args: argparse.Namespace) -> Path:
    from app.paths import default_database
    from app.services.opening import database_path

    db = getattr(args, "db", None)
    path = database_path(db) if db is not None else default_database()
    if not path.is_file():
        raise CommandError(f"there is no database at '{path}'")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)
