"""Opening a database file for use: check it, migrate it, seed it, all before anything else.

The common case (a file at the current schema with the current catalogue) costs two small
``sqlite3`` queries; Alembic and SQLAlchemy are imported only when there is work to do.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.db.connect import is_read_only
from app.db.location import check_header, check_location
from app.db.location import database_path as database_path  # the callers' way to a path
from app.db.schema_version import HEAD, KNOWN_REVISIONS, current_revision, user_tables
from app.domain.errors import (
    DatabaseError,
    LocationError,
    NewerSchemaError,
    NotACatalogueError,
    describe,
)
from app.services.shipped_catalogue import DIGEST_KEY, catalogue_path, digest

if TYPE_CHECKING:  # seeding reports it; a ready database never builds the class
    from app.services.seed import SeedReport


class OpenedDatabase(NamedTuple):  # a named tuple: built on the way to the first paint
    path: Path
    migrated_from: str | None = None
    migrated: bool = False
    backup: Path | None = None
    seeded: SeedReport | None = None
    read_only: bool = False


def open_database(
    database: str | os.PathLike[str], *, create_parent: bool = False
) -> OpenedDatabase:
    """Make ``database`` (a path or SQLAlchemy URL) ready at the current schema and catalogue.

    Raises ``app.domain.errors.DatabaseError`` subclasses with a message to show; never changes a
    file it does not recognise.
    """
    path = database_path(database)
    check_location(path, create_parent=create_parent)
    exists = check_header(path)
    revision, stored_digest = _inspect(path)
    if is_read_only(path):
        if not exists:
            raise LocationError(f"cannot create a database in the read-only folder '{path.parent}'")
        if revision != HEAD:
            raise NewerSchemaError(
                f"{describe(path)} is read-only and was written by an older version: copy it "
                "to a writable place so it can be upgraded"
            )
        return OpenedDatabase(path, read_only=True)  # browse and export; no seeding
    try:
        return _upgrade_and_seed(path, revision, stored_digest)
    except Exception as error:
        # A file damaged past its first pages reads well enough to be recognised, then fails
        # while it is migrated or seeded (SQLAlchemy wraps SQLite's error): say so in words.
        cause = getattr(error, "orig", error)
        if isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause):
            raise DatabaseError(
                f"{describe(path)} is being written by another program; try again in a moment"
            ) from error
        if isinstance(cause, sqlite3.DatabaseError | UnicodeDecodeError):
            raise NotACatalogueError(_damaged(path, cause)) from error
        raise


def _upgrade_and_seed(
    path: Path, revision: str | None, stored_digest: str | None
) -> OpenedDatabase:
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
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {companion: companion.exists() for companion in companions}
    try:
        return _read_state(path)
    except DatabaseError:
        # SQLite may have created -wal/-shm files to read a WAL-mode file: take them away
        # again, so a file we refuse is left exactly as we found it.
        for companion, was_there in existed.items():
            if not was_there:
                with contextlib.suppress(OSError):
                    companion.unlink(missing_ok=True)
        raise


def _read_state(path: Path) -> tuple[str | None, str | None]:
    # On a read-only medium SQLite cannot create the -shm file a WAL-mode file needs: read it
    # as immutable (nothing can change it anyway).
    flags = "mode=ro&immutable=1" if is_read_only(path) else "mode=ro"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
    except sqlite3.DatabaseError as error:
        raise NotACatalogueError(_damaged(path, error)) from error
    connection.text_factory = lambda data: data.decode("utf-8", "replace")  # damaged texts too
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
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a message quoting bad bytes
        raise NotACatalogueError(_damaged(path, error)) from error
    finally:
        connection.close()


def _damaged(path: Path, error: sqlite3.DatabaseError | UnicodeDecodeError) -> str:
    return f"{describe(path)} cannot be read as a database ({error}); it may be damaged"
