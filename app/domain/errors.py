"""Why a database file cannot be used, in words a person can act on. Plain exceptions: every
layer raises or catches them, the window and the command line included."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """Base of every problem with a database file; ``str()`` is the message to show."""


class LocationError(DatabaseError):
    """The path itself is wrong: a folder, a missing folder, no permission."""


class NotACatalogueError(DatabaseError):
    """The file exists but is not a Practice Catalogue database (damaged or foreign)."""


class NewerSchemaError(DatabaseError):
    """Written by a newer version of this application: opening it could damage it."""


class RevisionConflictError(DatabaseError):
    """A record changed underneath a save; the caller keeps both versions."""

    def __init__(self, record_id: str, expected: int, found: int | None) -> None:
        self.record_id = record_id
        self.expected = expected
        self.found = found
        state = "was deleted" if found is None else f"is at revision {found}"
        super().__init__(
            f"record {record_id} changed elsewhere: expected revision {expected}, it {state}"
        )


def describe(path: Path) -> str:
    return f"'{path}'"
