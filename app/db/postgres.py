"""Connections to the shared PostgreSQL server, and its failures in words a person can act on.

Addresses follow libpq's conventions (``postgresql://NAME@host:5432/catalogue?sslmode=require``;
SQLAlchemy's ``postgresql+psycopg://`` is accepted too) and libpq finds the password itself:
``~/.pgpass`` (or ``PGPASSFILE``), ``PGPASSWORD``, a service file, or the ``password``
argument (the window's sign-in dialog), held in memory only. No message ever repeats a
password: libpq's never do, and addresses are shown without theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from app.domain.errors import DatabaseError

CONNECT_TIMEOUT = 10  # seconds; libpq waits forever without one
_SCHEMES = ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres+psycopg://")
_PASSWORD_IN_URL = re.compile(r"^(?P<head>postgres(?:ql)?://[^:/@?#]*):[^@/?#]*@")
_PASSWORD_PARAMETER = re.compile(r"([?&])password=[^&#]*&?")


class ServerError(DatabaseError):
    """The catalogue server could not be used; ``str()`` says why, in one line."""


class ServerUnreachableError(ServerError):
    """The server cannot be reached, or the connection to it broke: the laptop is offline."""


class PasswordError(ServerError):
    """The server asks for a password libpq's own sources did not give, or refused it."""


def libpq_url(url: str) -> str:
    """``url`` as libpq reads it: SQLAlchemy's driver suffix dropped."""
    text = url.strip()
    for scheme in _SCHEMES:
        if text.startswith(scheme):
            return "postgresql://" + text[len(scheme) :]
    if not text.startswith(("postgresql://", "postgres://")):
        raise ServerError(
            f"{shown(text)!r} is not a PostgreSQL address: use postgresql://NAME@HOST:5432/DATABASE"
        )
    return text


def without_password(url: str) -> str:
    """The address with any password in it removed (what may be remembered and shown)."""
    text = _PASSWORD_IN_URL.sub(r"\g<head>@", url)
    text = _PASSWORD_PARAMETER.sub(r"\1", text)
    return text.rstrip("?&")


def shown(url: str) -> str:
    return without_password(url)


def describe(url: str) -> str:
    """``NAME at HOST:PORT/DATABASE`` for messages."""
    try:
        parts = conninfo_to_dict(libpq_url(url))
    except (psycopg.Error, ServerError):
        return shown(url)
    host = parts.get("host") or "localhost"
    if str(host).startswith("/"):
        host = "local socket"
    port = parts.get("port") or "5432"
    where = f"{host}:{port}/{parts.get('dbname') or parts.get('service') or '?'}"
    return f"{parts['user']} at {where}" if parts.get("user") else where


def connect(url: str, *, password: str | None = None, **options: Any) -> psycopg.Connection[Any]:
    """A connection (not in autocommit: callers commit), or a ``ServerError`` saying why not."""
    conninfo = libpq_url(url)
    try:
        given = conninfo_to_dict(conninfo)
    except psycopg.Error as error:
        raise ServerError(f"the server address {shown(url)!r} cannot be read: {error}") from None
    extra: dict[str, Any] = {"application_name": "practice-catalogue", **options}
    if "connect_timeout" not in given:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    if password is not None:
        extra["password"] = password
    try:
        return psycopg.connect(conninfo, **extra)
    except psycopg.OperationalError as error:
        raise _classified(connection_problem(url, error)) from None


def _classified(line: str) -> ServerError:
    """The line from ``connection_problem`` as the error a window can act on."""
    if "password" in line.split("(")[0]:
        return PasswordError(line)
    if line.startswith(("cannot reach", "cannot find")):
        return ServerUnreachableError(line)
    return ServerError(line)


def connection_problem(url: str, error: BaseException) -> str:
    """libpq's message, cut to the line a person needs."""
    text = " ".join(str(error).split())
    where = describe(url)
    if "password authentication failed" in text or "authentication failed" in text:
        return f"the catalogue server refused the password ({where})"
    if "no password supplied" in text:
        return (
            f"the catalogue server asks for a password ({where}): put it in ~/.pgpass,"
            " PGPASSWORD or a service file"
        )
    if "does not exist" in text and "database" in text:
        return f"there is no such database on the catalogue server ({where})"
    if "Connection refused" in text or "could not connect" in text or "timeout" in text:
        return f"cannot reach the catalogue server ({where}): is it running and reachable?"
    if "could not translate host name" in text:
        return f"cannot find the catalogue server's host ({where})"
    detail = re.sub(r"^connection failed: ", "", text)
    return f"cannot use the catalogue server ({where}): {detail}"


def lost_connection(url: str, error: BaseException) -> ServerError:
    """The connection broke in the middle of the work (server stopped, network cut)."""
    return ServerUnreachableError(
        f"the connection to the catalogue server was lost ({describe(url)}):"
        f" {' '.join(str(error).split())[:200]}"
    )


@contextmanager
def worded(url: str) -> Iterator[None]:
    """Any other failure of the server, as one line (never a traceback at the person)."""
    try:
        yield
    except (psycopg.OperationalError, psycopg.InterfaceError) as error:
        raise lost_connection(url, error) from None
    except psycopg.Error as error:
        text = " ".join(str(error).split())[:300] or type(error).__name__
        raise ServerError(f"the catalogue server refused ({describe(url)}): {text}") from None
