"""The commands of the shared server: ``server init|add-user|users|remove-user`` and ``sync``.
Never imports Qt; part of the command line (``app.cli`` adds them to its parser and runs
them), kept apart so that each module stays short.

Passwords are read from a file's first line or asked on the terminal, never taken on the
command line, never printed; ``sync`` leaves them to libpq (``~/.pgpass``, ``PGPASSWORD``,
a service file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

# Every libpq default (PGHOST, PGDATABASE, PGUSER, PGSERVICE, ...) when no address is given.
LIBPQ_DEFAULTS = "postgresql://"


def add_commands(commands: Any, with_db: Any) -> None:
    """Add ``server`` and ``sync`` to the parser's sub-commands; ``with_db`` adds ``--db``."""
    server = commands.add_parser("server", help="set up the shared PostgreSQL server")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the catalogue in a database")
    init.add_argument("url", metavar="URL", help="postgresql://ADMIN@HOST:5432/DATABASE")
    add = actions.add_parser("add-user", help="add a person who may sign in")
    add.add_argument("name", metavar="NAME")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--region", metavar="REGION", help="the region whose notes they write")
    who.add_argument("--coordinator", action="store_true", help="may change everything")
    add.add_argument(
        "--password-file", metavar="FILE", help="read the password from this file's first line"
    )
    actions.add_parser("users", help="list the people and their regions")
    remove = actions.add_parser("remove-user", help="remove a person")
    remove.add_argument("name", metavar="NAME")
    for action in (add, *(actions.choices[name] for name in ("users", "remove-user"))):
        action.add_argument(
            "--server", metavar="URL", default=LIBPQ_DEFAULTS,
            help="the server's address (default: libpq's PGHOST, PGDATABASE, ... settings)",
        )  # fmt: skip
    syncing = commands.add_parser("sync", help="send this laptop's changes, fetch the server's")
    syncing.add_argument(
        "url", metavar="URL", nargs="?",
        help="postgresql://NAME@HOST:5432/DATABASE (default: the address of the last sync)",
    )  # fmt: skip
    with_db(syncing)


def run_server(args: argparse.Namespace) -> int:
    from app.services.sync import server_admin

    if args.server_command == "init":
        report = server_admin.init_server(args.url)
        if report.before is None:
            print(f"Created the catalogue (schema {report.after}).")
        elif report.before != report.after:
            print(f"Upgraded the catalogue schema from {report.before} to {report.after}.")
        else:
            print(f"The catalogue schema is up to date ({report.after}).")
        print(f"Seeded {report.seeded} records of the shipped catalogue.")
    elif args.server_command == "add-user":
        password = _password(args.password_file, args.name)
        person = server_admin.add_user(
            args.server, args.name, password, region=args.region, coordinator=args.coordinator
        )
        print(f"Added {person.name} ({_standing(person)}).")
    elif args.server_command == "users":
        people = server_admin.list_people(args.server)
        for person in people:
            print(f"{person.name}\t{_standing(person)}")
        if not people:
            print("Nobody yet: add people with 'server add-user'.")
    else:
        server_admin.remove_user(args.server, args.name)
        print(f"Removed {args.name}.")
    return 0


def _standing(person: Any) -> str:
    return "coordinator" if person.coordinator else f"region {person.region}"


def _password(file: str | None, name: str) -> str:
    from app.services.sync.errors import ServerError

    if file is not None:
        with Path(file).open(encoding="utf-8") as source:
            password = source.readline().rstrip("\r\n")
        if not password:
            raise ServerError(f"the first line of '{file}' is empty: no password there")
        return password
    if not sys.stdin.isatty():
        raise ServerError("give the password with --password-file FILE (no terminal to ask on)")
    import getpass  # only here: the window's start reads this module's arguments too

    password = getpass.getpass(f"Password for {name}: ")
    if password != getpass.getpass("The same password again: "):
        raise ServerError("the two passwords differ")
    return password


def run_sync(database: Path, url: str | None) -> int:
    from app.services.sync.engine import sync

    summary = sync(database, url)
    print(f"Synced {database} with {summary.server}:")
    print(f"  sent:     {summary.sent.line()}")
    print(f"  received: {summary.received.line()}")
    if summary.full:
        print("The server is not the one last synced with (restored from a backup?):")
        print("  everything was sent and received again.")
    conflicts = summary.sent.conflicts + summary.received.conflicts
    if conflicts:
        print(f"{conflicts} conflict(s): both versions are kept; settle them in Edit > Conflicts.")
    if not summary.refused:
        return 0
    for refusal in summary.refused[:20]:
        print(f"  refused: {refusal.label}: {refusal.reason}")
    first = summary.refused[0]
    more = len(summary.refused) - 1
    others = f" (and {more} more, listed above)" if more else ""
    print(
        f"practice-catalogue: error: the server refused {first.label}{others}: {first.reason};"
        " kept on this laptop, everything else was synced",
        file=sys.stderr,
    )
    return 1
