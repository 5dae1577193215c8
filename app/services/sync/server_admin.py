"""Setting up the shared server and the people who use it (``practice-catalogue server ...``).

Run with a PostgreSQL account allowed to create roles (the coordinator's administrator). A
person is a PostgreSQL login role, a member of the catalogue's group roles, with a row in
``people`` naming their region. Passwords are turned into SCRAM verifiers here, as psql's
``\\password`` does: the plain text never reaches the server or its log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from app.db.postgres import ServerError, connect, worded
from app.db.server_schema import (
    HEAD,
    coordinator_role,
    current_revision,
    member_role,
    upgrade,
)
from app.services.shipped_catalogue import catalogue_path


@dataclass(frozen=True)
class InitReport:
    before: str | None  # schema revision found (None: the database was empty)
    after: str
    seeded: int  # records of the shipped catalogue added


@dataclass(frozen=True)
class Person:
    name: str
    region: str | None
    coordinator: bool


def init_server(url: str, *, target: str = "head") -> InitReport:
    """Create or upgrade the schema and seed the shipped catalogue, in one transaction."""
    with worded(url):
        before, seeded = upgrade(lambda: connect(url), _seed, target)
    return InitReport(before, HEAD if target == "head" else target, seeded)


def _seed(connection: psycopg.Connection[Any]) -> int:
    if current_revision(connection) is None:
        return 0
    document = json.loads(catalogue_path().read_text(encoding="utf-8"))
    added = 0
    for table, records in (
        ("categories", document["categories"]),
        ("regions", document["regions"]),
        ("practices", document["practices"]),
    ):
        for record in records:
            names = list(record)
            values = [
                json.dumps(value) if name == "versions" else value for name, value in record.items()
            ]
            statement = sql.SQL(
                "INSERT INTO public.{} ({}) VALUES ({}) ON CONFLICT (id) DO NOTHING"
            ).format(
                sql.Identifier(table),
                sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names)),
            )
            added += connection.execute(statement, values).rowcount
    return added


def add_user(
    url: str, name: str, password: str, *, region: str | None = None, coordinator: bool = False
) -> Person:
    """A new login role for a person of ``region`` (a region's name), or a coordinator."""
    if not name or len(name.encode()) > 63 or not name.isprintable():
        raise ServerError(f"{name!r} cannot be a PostgreSQL user name (1-63 printable bytes)")
    if not password:
        raise ServerError("the password is empty")
    if (region is None) == (not coordinator):
        raise ServerError("give a region (--region NAME) or --coordinator, not both")
    with worded(url), connect(url) as connection:
        database = _ready(connection)
        region_id, region_name = (None, None) if region is None else _region(connection, region)
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if exists.fetchone():
            raise ServerError(f"a PostgreSQL role named {name!r} already exists on this server")
        verifier = connection.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        ).decode()
        role = sql.Identifier(name)
        try:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(verifier))
            )
            groups = [member_role(database)] + ([coordinator_role(database)] if coordinator else [])
            for group in groups:
                connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), role))
            connection.execute(
                "INSERT INTO public.people (name, region_id, coordinator) VALUES (%s, %s, %s)",
                (name, region_id, coordinator),
            )
        except psycopg.errors.InsufficientPrivilege as error:
            raise ServerError(
                f"this account may not add people: {_first_line(error)} (use an account"
                " allowed to create roles)"
            ) from None
        connection.commit()
    return Person(name, region_name, coordinator)


def list_people(url: str) -> list[Person]:
    with worded(url), connect(url) as connection:
        _ready(connection)
        rows = connection.execute(
            "SELECT p.name, r.name, p.coordinator FROM public.people p"
            " LEFT JOIN public.regions r ON r.id = p.region_id ORDER BY p.name"
        ).fetchall()
    return [Person(name, region, bool(coordinator)) for name, region, coordinator in rows]


def remove_user(url: str, name: str) -> None:
    """Remove a person and their login role (only roles that are people of this catalogue)."""
    with worded(url), connect(url) as connection:
        _ready(connection)
        deleted = connection.execute("DELETE FROM public.people WHERE name = %s", (name,))
        if deleted.rowcount == 0:
            raise ServerError(f"there is nobody named {name!r} in this catalogue")
        try:
            connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        except psycopg.Error as error:
            raise ServerError(f"cannot remove the role {name!r}: {_first_line(error)}") from None
        connection.commit()


def _ready(connection: psycopg.Connection[Any]) -> str:
    revision = current_revision(connection)
    if revision is None:
        raise ServerError("this database holds no catalogue yet: run 'server init' first")
    if revision != HEAD:
        raise ServerError(
            f"the catalogue schema is at {revision}, not {HEAD}: run 'server init' to upgrade it"
        )
    return str(connection.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]


def _region(connection: psycopg.Connection[Any], name: str) -> tuple[str, str]:
    rows = connection.execute("SELECT id::text, name FROM public.regions ORDER BY name").fetchall()
    for region_id, region_name in rows:
        if region_name.casefold() == name.strip().casefold():
            return region_id, region_name
    known = ", ".join(region_name for _, region_name in rows)
    raise ServerError(f"there is no region named {name!r} (regions: {known})")


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
