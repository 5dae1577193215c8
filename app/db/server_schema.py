"""The shared server's schema: checking what a database holds, and upgrading it with the
Alembic scripts in ``app/db/server_migrations`` (their own version table).

A database holding other tables and no version table of ours is foreign; one whose version we
do not know was written by a newer release. Both are refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import psycopg

from app.domain.errors import DatabaseError

VERSION_TABLE = "practice_catalogue_server_version"
KNOWN_REVISIONS = ("s0001", "s0002", "s0003")
HEAD = KNOWN_REVISIONS[-1]
T = TypeVar("T")
_ROLE_LIMIT = 63  # bytes of a PostgreSQL identifier


class ServerSchemaError(DatabaseError):
    """The database cannot take (or hold) the catalogue's schema; it was left untouched."""


def member_role(database: str) -> str:
    return f"{database}:member"


def coordinator_role(database: str) -> str:
    return f"{database}:coordinator"


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def current_revision(connection: psycopg.Connection[Any]) -> str | None:
    found = connection.execute(
        "SELECT to_regclass(%s) IS NOT NULL", (f"public.{VERSION_TABLE}",)
    ).fetchone()
    if not found or not found[0]:
        return None
    row = connection.execute(f"SELECT version_num FROM public.{VERSION_TABLE}").fetchone()
    return None if row is None else str(row[0])


def check_database(connection: psycopg.Connection[Any]) -> str | None:
    """The schema revision of the connected database (None: empty); refuses a foreign one,
    a newer one, or one whose name cannot make role names."""
    database = str(connection.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
    if len(coordinator_role(database).encode()) > _ROLE_LIMIT:
        raise ServerSchemaError(
            f"the database name {database!r} is too long to name its roles: use one of at most"
            f" {_ROLE_LIMIT - len(':coordinator')} characters"
        )
    revision = current_revision(connection)
    if revision is None:
        tables = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
        if tables and tables[0]:
            raise ServerSchemaError(
                f"the database {database!r} holds {tables[0]} table(s) of something else, not a"
                " Practice Catalogue: it was left untouched (use an empty database)"
            )
        return None
    if revision not in KNOWN_REVISIONS:
        raise ServerSchemaError(
            f"the database {database!r} has a newer catalogue schema ({revision}) than this"
            " application knows: it was left untouched (update the application)"
        )
    return revision


def upgrade(
    connect: Callable[[], psycopg.Connection[Any]],
    then: Callable[[psycopg.Connection[Any]], T],
    target: str = "head",
) -> tuple[str | None, T]:
    """Check the database, run the scripts up to ``target`` and ``then`` (seeding), all in one
    transaction: a failure anywhere leaves the database as it was. Returns the revision found
    before (None: it was empty) and what ``then`` returned."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from app.db import server_migrations

    engine = create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool)
    try:
        with engine.begin() as bound:
            raw = bound.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            before = check_database(raw)
            if before != (HEAD if target == "head" else target):
                config = Config()
                config.set_main_option(
                    "script_location", str(Path(server_migrations.__file__).resolve().parent)
                )
                config.attributes["connection"] = bound
                command.upgrade(config, target)
            return before, then(raw)
    finally:
        engine.dispose()
