"""Hearing that another laptop synced: ``LISTEN catalogue_changes`` on its own connection.

The server's triggers (schema s0003) send ``NOTIFY catalogue_changes, '<table>:<id>,<id>'``
(or ``'<table>:*'`` for many) after each statement that writes the catalogue: ids only,
never contents. A window polls ``ChangeListener.wait`` from a worker thread and runs a sync
(a pull) when it returns something; its own pushes are heard too, which costs one quick pull.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from app.db.postgres import ServerError, connect, lost_connection

CHANNEL = "catalogue_changes"


@dataclass(frozen=True)
class Change:
    table: str  # "notes", "practices", ...
    ids: tuple[str, ...]  # empty: many rows changed (pull to see which)


class ChangeListener:
    """One listening connection; ``close()`` from any thread ends a ``wait`` soon after."""

    def __init__(self, url: str, *, password: str | None = None) -> None:
        self.url = url
        self._connection: psycopg.Connection[Any] = connect(url, password=password, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float = 1.0) -> list[Change]:
        """The changes announced within ``timeout`` seconds (an empty list: none)."""
        try:
            first = list(self._connection.notifies(timeout=timeout, stop_after=1))
            # Whatever else arrived with it (one sync may write several tables).
            more = list(self._connection.notifies(timeout=0.05)) if first else []
        except psycopg.OperationalError as error:
            raise lost_connection(self.url, error) from None
        except psycopg.InterfaceError as error:
            raise ServerError("the listening connection was closed") from error
        return [_parsed(notice.payload) for notice in (*first, *more)]

    def close(self) -> None:
        self._connection.close()


def _parsed(payload: str) -> Change:
    table, _, ids = payload.partition(":")
    return Change(table, () if ids == "*" else tuple(filter(None, ids.split(","))))
