"""One import's planning and writing, batch by batch, inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from app.db.search_index import add_keys, index_in_bulk, index_practices, keys_of
from app.domain.timestamps import format_utc, utc_now
from app.services.exchange import ExchangeError
from app.services.exchange.merge_plan import MergePlan
from app.services.exchange.merge_rules import (
    CONTENT,
    SIMPLE_COLUMNS,
    Pending,
    decide_batch,
    simple,
)
from app.services.exchange.reading import Batch

# Up to this many practices touched, their documents are recomposed one by one through the
# view; more, in one set-based pass (app.db.search_index.index_in_bulk), the whole index made
# anew when the import touched at least half of the practices. Either way inside the import's
# transaction: when it commits, search finds everything it brought.
INDEX_AT_ONCE = 2000
_TABLES = {"practices": "practices", "notes": "test_notes"}
_REFERENCES = {  # kind -> (field, kind referred to, what it is called, may be null)
    "practices": (("category_id", "categories", "category", False),
                  ("origin_region_id", "regions", "region", True)),
    "notes": (("practice_id", "practices", "practice", False),
              ("region_id", "regions", "region", False)),
}  # fmt: skip


class BatchMerger:
    """Plans each batch against the database and writes it (when writing)."""

    def __init__(self, connection: sqlite3.Connection, name: str, *, write: bool) -> None:
        self.connection, self.write = connection, write
        self.plan = MergePlan(name)
        self.touched: set[str] = set()
        self.known = {
            kind: {row[0] for row in connection.execute(f"SELECT id FROM {kind}")}
            for kind in ("categories", "regions", "practices")
        }
        self.unresolved: list[tuple[str, int, str, str, str, str]] = []
        self.had = {
            kind: connection.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for kind, table in _TABLES.items()
        }

    def take(self, batch: Batch) -> None:
        kind, records = batch.kind, batch.records
        self._note_references(batch)
        pending = Pending()
        if kind in SIMPLE_COLUMNS:
            simple(kind, records, self.known[kind], self.plan, pending)
        else:
            stored = self._stored(kind, [record["id"] for record in records])
            new = decide_batch(kind, records, stored, self.plan, pending, self.touched)
            if kind == "practices":
                self.known["practices"].update(new)
                if self.write:
                    self._write(kind, pending)
                    add_keys(self.connection, new)
                return
        if self.write:
            self._write(kind, pending)

    def _note_references(self, batch: Batch) -> None:
        """References to records neither here nor (so far) in the file are checked again at
        the end, when the whole file has been read."""
        for name, target, what, nullable in _REFERENCES.get(batch.kind, ()):
            known = self.known[target]
            values = set(map(itemgetter(name), batch.records))
            if nullable:
                values.discard(None)
            if values <= known:
                continue  # the usual case, without a loop in Python
            for offset, record in enumerate(batch.records):
                value = record[name]
                if value in known or (value is None and nullable):
                    continue
                index = batch.start + offset
                self.unresolved.append((batch.kind, index, record["id"], name, what, value))

    def check_references(self) -> None:
        targets = {"category": "categories", "region": "regions", "practice": "practices"}
        for kind, index, identity, name, what, value in self.unresolved:
            if value not in self.known[targets[what]]:
                raise ExchangeError(
                    f"{kind}[{index}] (id {identity[:8]}…).{name}: no {what} with id {value}"
                    " in the file or in the database"
                )

    def _stored(self, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Our versions of these records, in one query: every statement gives the
        interpreter's lock away and waits to get it back behind the reading thread."""
        if not self.had[kind]:
            return {}  # nothing of this kind here before the import: the file's ids are unique
        columns = ["id", "revision", "versions", "created_at", "updated_at", *CONTENT[kind]]
        if kind == "practices":
            columns.append("title")
        cursor = self.connection.execute(
            f"SELECT {', '.join(dict.fromkeys(columns))} FROM {_TABLES[kind]}"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        names = [description[0] for description in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}

    def _write(self, kind: str, pending: Pending) -> None:
        connection = self.connection
        if kind in SIMPLE_COLUMNS:
            if pending.inserts:
                _insert(connection, kind, SIMPLE_COLUMNS[kind], pending.inserts)
            return
        table, content = _TABLES[kind], CONTENT[kind]
        names = ["id", *content, "created_at", "updated_at", "revision", "versions"]
        if pending.inserts:
            _insert(connection, table, names, pending.inserts)
        if pending.updates:
            assigned = (*content, "updated_at", "revision", "versions")
            connection.executemany(
                f"UPDATE {table} SET {', '.join(f'{name} = ?' for name in assigned)} WHERE id = ?",
                pending.updates,
            )
        if pending.vector_only:
            connection.executemany(
                f"UPDATE {table} SET versions = ?, revision = ?, updated_at = ? WHERE id = ?",
                pending.vector_only,
            )
        if pending.conflicts:
            now = format_utc(utc_now())
            connection.executemany(
                "INSERT INTO conflicts (id, entity, record_id, payload, base_revision, origin,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*row, f"import of {self.plan.source}", now) for row in pending.conflicts],
            )

    def index(self) -> None:
        """Bring the search documents of the practices touched up to date."""
        if len(self.touched) <= INDEX_AT_ONCE:
            index_practices(self.connection, self.touched)
            return
        (practices,) = self.connection.execute("SELECT count(*) FROM practices").fetchone()
        if 2 * len(self.touched) >= practices:
            index_in_bulk(self.connection)
        else:
            index_in_bulk(self.connection, keys_of(self.connection, sorted(self.touched)))


def _insert(connection: sqlite3.Connection, table: str, names: Sequence[str],
            rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """Many rows per statement: SQLite then inserts a whole batch in one step, without the
    interpreter's lock, while the reading thread goes on (``executemany`` takes the lock
    back after every row, and waits for it behind the reading thread each time).

    ``OR IGNORE``, then the rows counted: a statement that may stop halfway on a constraint
    first copies every page it changes to a statement journal, to undo its own rows. With
    the notes' random ids that is a page of the id index per row: a million notes wrote
    4.4 GB to temporary files for 0.6 GB of notes (measured). The file was checked before
    (ids unique, values in range), so nothing is ever ignored; if the database refuses a
    row all the same, the import fails and its transaction is rolled back."""
    limit = min(connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32766)
    per = max(limit // len(names), 1)
    row = f"({','.join('?' * len(names))})"
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        written = connection.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(names)})"
            f" VALUES {','.join([row] * len(chunk))}",
            list(chain.from_iterable(chunk)),
        ).rowcount
        if written != len(chunk):
            raise ExchangeError(_refused(connection, table, names, chunk))


def _refused(connection: sqlite3.Connection, table: str, names: Sequence[str],
             rows: list[tuple[Any, ...]]) -> str:  # fmt: skip
    """What to say when the database kept back some of these rows (never, for a file that
    passed its checks): the first one it does not hold, with SQLite's own reason."""
    ids = [values[0] for values in rows]  # every table's first column is its id
    held = {
        row[0]
        for row in connection.execute(
            f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    }
    for values in rows:
        if values[0] in held:
            continue
        connection.execute("SAVEPOINT refused")
        try:
            connection.execute(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({','.join('?' * len(names))})",
                values,
            )
        except sqlite3.IntegrityError as error:
            return f"the database refused {table} record {values[0]!r}: {error}"
        finally:
            connection.execute("ROLLBACK TO refused")
            connection.execute("RELEASE refused")
    return f"the database refused {table} records whose ids it already holds"
