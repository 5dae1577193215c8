"""Opening a database file for use: check it, migrate it, seed it, all before anything else.

The common case (a file at the current schema with the current catalogue) costs two small
``sqlite3`` queries; Alembic and SQLAlchemy are imported only when there is work to do.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.db.errors import NewerSchemaError, NotACatalogueError, describe
from app.db.location import check_header, check_location, database_path
from app.db.schema_version import HEAD, KNOWN_REVISIONS, current_revision, user_tables
from app.services.shipped_catalogue import DIGEST_KEY, SeedReport, catalogue_path, digest


@dataclass(frozen=True)
class OpenedDatabase:
    path: Path
    migrated_from: str | None = None
    migrated: bool = False
    backup: Path | None = None
    seeded: SeedReport | None = None


def open_database(
    database: str | os.PathLike[str], *, create_parent: bool = False
) -> OpenedDatabase:
    """Make ``database`` (a path or SQLAlchemy URL) ready at the current schema and catalogue.

    Raises ``app.db.errors.DatabaseError`` subclasses with a message to show; never changes a
    file it does not recognise.
    """
    path = database_path(database)
    check_location(path, create_parent=create_parent)
    check_header(path)
    revision, stored_digest = _inspect(path)
    migrated = False
    backup = None
    if revision != HEAD:
        from app.db.migrate import upgrade

        backup = upgrade(path, from_revision=revision)
        migrated = True
    seeded = None
    shipped = catalogue_path().read_bytes()
    if stored_digest != digest(shipped):
        from app.db.engine import Sessions
        from app.services.seed import seed_catalogue

        sessions = Sessions(path)
        try:
            seeded = seed_catalogue(sessions)
        finally:
            sessions.dispose()
    return OpenedDatabase(path, revision if migrated else None, migrated, backup, seeded)


def _inspect(path: Path) -> tuple[str | None, str | None]:
    """The schema revision and the seeded catalogue's digest, refusing foreign files.

    Read-only, with no pragmas: a file that turns out not to be ours is left byte for byte.
    """
    if not path.exists():
        return None, None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        raise NotACatalogueError(_damaged(path, error)) from error
    try:
        revision = current_revision(connection)
        if revision is None:
            if user_tables(connection):
                raise NotACatalogueError(
                    f"{describe(path)} is a database of another application, "
                    "not a Practice Catalogue database"
                )
            return None, None
        if revision not in KNOWN_REVISIONS:
            raise NewerSchemaError(
                f"{describe(path)} was written by a newer version of Practice Catalogue "
                f"(schema {revision}); update the application to open it"
            )
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (DIGEST_KEY,)).fetchone()
        return revision, None if row is None else str(row[0])
    except sqlite3.DatabaseError as error:
        raise NotACatalogueError(_damaged(path, error)) from error
    finally:
        connection.close()


def _damaged(path: Path, error: sqlite3.DatabaseError) -> str:
    return f"{describe(path)} cannot be read as a database ({error}); it may be damaged"
