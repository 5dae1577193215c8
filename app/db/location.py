"""Turning what a person or caller gave (a path or an SQLAlchemy URL) into a checked file path."""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.domain.errors import LocationError, NotACatalogueError, describe

SQLITE_HEADER = b"SQLite format 3\x00"
_URL_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


def database_path(database: str | os.PathLike[str]) -> Path:
    """A path, ``sqlite:///relative.db`` or ``sqlite:////absolute.db`` → an absolute path.

    In-memory databases are refused: the browse path and the write path are two connections,
    and autosaved notes must outlive the process anyway. An address of another database
    system (``postgresql://user:password@host/db``) is refused as such, its password masked:
    no message ever repeats a password.
    """
    text = os.fspath(database)
    scheme = _SCHEME.match(text)
    if scheme and not scheme["name"].lower().startswith("sqlite"):
        raise LocationError(
            f"{masked(text)!r} is {_system(scheme['name'])} address; this application opens "
            "SQLite database files only: give a file path"
        )
    if text.startswith("sqlite"):
        for prefix in _URL_PREFIXES:
            if text.startswith(prefix):
                text = text[len(prefix) :].split("?", 1)[0]
                break
        else:
            raise LocationError(f"unsupported database URL {masked(text)!r}: use sqlite:///PATH")
        if text in ("", ":memory:"):
            raise LocationError("in-memory databases are not supported: give a file path")
    path = Path(text).expanduser()
    return path if path.is_absolute() else Path.cwd() / path


def masked(text: str) -> str:
    """``text`` with the password of an address (``scheme://user:password@host``) as ``***``,
    as SQLAlchemy's ``URL.render_as_string(hide_password=True)`` shows it."""
    return _PASSWORD.sub(r"\g<head>***@", text)


def _system(scheme: str) -> str:
    """'a PostgreSQL', 'a MySQL', … from a URL scheme such as ``postgresql+psycopg``."""
    base = scheme.lower().split("+", 1)[0]
    return _SYSTEMS.get(base, f"a {base}")


_SCHEME = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9+.\-]+)://")  # two letters: not C://
_PASSWORD = re.compile(r"(?P<head>^[A-Za-z][A-Za-z0-9+.\-]*://[^:/@?#]*:)[^@/?#]*@")
_SYSTEMS = {
    "postgresql": "a PostgreSQL",
    "postgres": "a PostgreSQL",
    "mysql": "a MySQL",
    "mariadb": "a MariaDB",
    "oracle": "an Oracle",
    "mssql": "a SQL Server",
    "http": "a web",
    "https": "a web",
}


def check_location(path: Path, *, create_parent: bool = False) -> None:
    """Refuse, in words, what cannot hold a database; create the default folder if asked."""
    if path.is_dir():
        raise LocationError(f"{describe(path)} is a folder, not a database file")
    parent = path.parent
    if not parent.exists():
        if not create_parent:
            raise LocationError(f"the folder {describe(parent)} does not exist")
        parent.mkdir(parents=True, exist_ok=True)
    if not parent.is_dir():
        raise LocationError(f"{describe(parent)} is not a folder")
    if path.exists() and not os.access(path, os.R_OK):
        raise LocationError(f"{describe(path)} cannot be read (permission denied)")


def check_header(path: Path) -> bool:
    """False for a file that does not exist yet (it will be created); True for an SQLite file.

    Anything else is refused, an empty file included: a zero-byte file where a database should
    be is a sign of damage (a failed copy, a full disk), not an invitation to start afresh.
    """
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        raise NotACatalogueError(f"{describe(path)} is empty (0 bytes), not a database")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotACatalogueError(
            f"{describe(path)} is not a Practice Catalogue database (not an SQLite file)"
        )
    return True
