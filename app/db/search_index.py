"""The full-text index behind the filter: one FTS5 document per practice.

A practice's document holds its own texts and everything searchable about its test notes
(author, outcome, body, region, status), so a filter query is one FTS5 lookup over practices,
not over a million notes. Triggers (migration 0001) keep each document current on every write,
from any path. Bulk writers (imports, the benchmark generator) may switch the triggers off with
``deferred()`` and rebuild once at the end.

Objects: ``practice_search`` (FTS5, rowid = key), ``practice_search_keys`` (stable integer key
per practice id), ``practice_search_source`` (the view that composes a document),
``practice_search_state`` (one row: are triggers deferred), ``practice_search_pending``
(practices whose documents a bulk import left to the background indexer, migration 0002).

Documents hold the texts folded for matching (``app.db.search_fold``, migration 0003), not as
written: show a practice's own texts, never the stored document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from app.db import search_fold

SEARCH_OBJECT_PREFIX = "practice_search"
SEARCH_COLUMNS = (
    "title",
    "subtitle",
    "summary",
    "description",
    "notes",
    "category",
    "region",
    "origin",
    "status",
    "type",
)

_COLUMN_LIST = ", ".join(SEARCH_COLUMNS)


NOTE_TRIGGERS = (
    "practice_search_note_insert",
    "practice_search_note_update",
    "practice_search_note_delete",
)


PRACTICE_INSERT_TRIGGER = "practice_search_practice_insert"


@contextmanager
def triggers_suspended(
    connection: sqlite3.Connection, names: tuple[str, ...] = NOTE_TRIGGERS
) -> Iterator[None]:
    """Drop these index triggers for a bulk write and put them back, inside the caller's
    transaction: other connections never see them missing. Even when they do nothing, the
    notes' per-row cost is a third of inserting a note, and a practice's insert trigger costs
    as much as the insert (measured); the caller indexes afterwards. Without
    ``PRACTICE_INSERT_TRIGGER`` the caller gives new practices their keys (``add_keys``).

    Afterwards ``index_triggers_oldest`` keeps the order SQLite needs.
    """
    marks = ", ".join("?" * len(names))
    saved = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})"
        " ORDER BY rowid",
        names,
    ).fetchall()
    for name, _sql in saved:
        connection.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        for _name, sql in saved:
            connection.execute(sql)
        index_triggers_oldest(connection)


INDEX_TRIGGER_PREFIX = "practice_search_"


def index_triggers_oldest(connection: sqlite3.Connection) -> None:
    """Inside the caller's transaction: make every other trigger on a table the index's
    triggers watch (the sync's change table's) again after them, if one is older.

    SQLite 3.40 fails an insert with "no such table: test_notes" on a connection that loaded
    the schema while an index trigger (they read a view) was newer than another trigger on
    the same table, once that connection reloads the schema. Call after anything that makes
    index triggers (bulk writes, migrations); the other triggers keep their own order.
    """
    rows = connection.execute(
        "SELECT name, sql, tbl_name, rowid FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
    ).fetchall()
    newest_index: dict[str, int] = {}
    for name, _sql, table, rowid in rows:
        if name.startswith(INDEX_TRIGGER_PREFIX):
            newest_index[table] = rowid
    others = [row for row in rows if not row[0].startswith(INDEX_TRIGGER_PREFIX)]
    tables = {table for _name, _sql, table, rowid in others if rowid < newest_index.get(table, 0)}
    again = [(name, sql) for name, sql, table, _rowid in others if table in tables]
    for name, _sql in again:
        connection.execute(f"DROP TRIGGER {name}")
    for _name, sql in again:
        connection.execute(sql)


def add_keys(connection: sqlite3.Connection, practice_ids: list[str]) -> None:
    """Search keys for new practices (what the practice insert trigger does)."""
    connection.executemany(
        "INSERT INTO practice_search_keys (practice_id) VALUES (?)", [(i,) for i in practice_ids]
    )


def rebuild(connection: sqlite3.Connection) -> None:
    """Recompose every document from the view (inside the caller's transaction)."""
    connection.execute("DELETE FROM practice_search")
    connection.execute(
        f"INSERT INTO practice_search (rowid, {_COLUMN_LIST}) "
        f"SELECT key, {_COLUMN_LIST} FROM practice_search_source"
    )


@contextmanager
def deferred(connection: sqlite3.Connection) -> Iterator[None]:
    """Switch the per-row triggers off for a bulk write, then rebuild once.

    Call inside an open transaction: the switch, the writes and the rebuild commit together,
    so no other connection ever sees a stale index.
    """
    connection.execute("UPDATE practice_search_state SET deferred = 1")
    try:
        yield
    finally:
        connection.execute("UPDATE practice_search_state SET deferred = 0")
    rebuild(connection)


# Documents composed in one pass over the notes, for many practices at once. The view
# (practice_search_source) runs three correlated subqueries per practice, each reaching the
# notes through their index in random order; this reads the notes once, sorted by key, with
# the same texts in the same order (notes by created_at, id; regions in the regions table's
# order; each status once). Documents go to FTS5 in ascending rowid order: a rowid lower than
# the last one written makes FTS5 write out its pending terms as a new segment, and documents
# in random order (by practice id) took 94 s instead of 25 s. {notes_where} and
# {practices_where} restrict it to the keys in temp.index_keys, or are empty. The texts are
# folded as the view folds them (migration 0003); statuses and service types are plain ASCII.


def _f(text: str) -> str:
    """SQL: ``text`` folded as the view folds it (``search_fold``), by way of its bytes."""
    return f"CAST({search_fold.BYTES_FUNCTION}(CAST({text} AS BLOB)) AS TEXT)"


_NOTE_REGIONS = """(SELECT group_concat(r.name || ' ' || r.country, ' ') FROM regions r
         WHERE r.id IN (SELECT value FROM json_each(g.region_ids)))"""
_ORIGIN = "(SELECT o.name || ' ' || o.country FROM regions o WHERE o.id = p.origin_region_id)"
_BULK_DOCUMENTS = f"""
WITH grouped AS (
  SELECT key,
         group_concat(author || ' ' || outcome || ' ' || body, ' ') AS notes,
         json_group_array(DISTINCT region_id) AS region_ids,
         group_concat(DISTINCT replace(status, '_', ' ')) AS statuses
  FROM (SELECT k.key AS key, n.region_id AS region_id, n.status AS status,
               n.author AS author, n.outcome AS outcome, n.body AS body
        FROM test_notes n JOIN practice_search_keys k ON k.practice_id = n.practice_id
        WHERE n.deleted_at IS NULL {{notes_where}} ORDER BY k.key, n.created_at, n.id)
  GROUP BY key)
INSERT INTO temp.bulk_documents (key, {_COLUMN_LIST})
SELECT g.key, {_f("p.title")}, {_f("p.subtitle")}, {_f("p.summary")}, {_f("p.description")},
       {_f("g.notes")}, {_f("c.name")},
       {_f(_NOTE_REGIONS)}, {_f(_ORIGIN)},
       replace(g.statuses, ',', ' '), replace(p.service_type, '_', ' ')
FROM grouped g
CROSS JOIN practice_search_keys k ON k.key = g.key
CROSS JOIN practices p ON p.id = k.practice_id
CROSS JOIN categories c ON c.id = p.category_id
UNION ALL
SELECT k.key, {_f("p.title")}, {_f("p.subtitle")}, {_f("p.summary")}, {_f("p.description")}, NULL,
       {_f("c.name")}, NULL, {_f(_ORIGIN)}, NULL, replace(p.service_type, '_', ' ')
FROM practice_search_keys k
CROSS JOIN practices p ON p.id = k.practice_id
CROSS JOIN categories c ON c.id = p.category_id
WHERE NOT EXISTS (SELECT 1 FROM test_notes n WHERE n.practice_id = p.id AND n.deleted_at IS NULL)
  {{practices_where}}
"""
_IN_KEYS = "IN temp.index_keys"
# The documents are composed into a temporary table first, then handed to FTS5 in one pass
# in key order. One statement doing both (FTS5 tokenizing while SQLite's sorter hands out the
# grouped notes) took 25 s of a million notes inside an import; the two in turn 20-22 s,
# though every document is written and read once more (measured in turn, the same hour).
_DOCUMENTS_TABLE = (
    "CREATE TEMP TABLE bulk_documents (key INTEGER PRIMARY KEY,"
    f" {', '.join(f'{column} TEXT' for column in SEARCH_COLUMNS)})"
)
# FTS5 keeps pending terms in memory up to this size before writing a segment (default 1 MB):
# fewer, larger segments to merge (measured: 20,000 documents 4.4 s -> 3.0 s).
_BULK_HASH_SIZE = 64 * 2**20
_DEFAULT_HASH_SIZE = 2**20
# FTS5 merges segments as soon as 4 of them share a level (``automerge``): a million notes
# make about ten 64 MB segments, merged level by level while the documents go in (5-6 s of
# 31). Merging only at 16 leaves them apart, which no query measured minded (the same 5 ms
# for a word in every practice), and stays below ``crisismerge`` (16), which would merge them
# all at once in the next note saved. Afterwards the setting is what it was (4 by default):
# later writes merge the segments a little at a time.
_BULK_AUTOMERGE = 16
_DEFAULT_AUTOMERGE = 4
# SQLite's sorters (the notes sorted by key, then grouped) may each take as much memory as
# the page cache allows; an import's is several hundred MB (at 512 MB, sorting took the
# process to 1.8 GB). Sorting beyond this spills to SQLite's unnamed temporary files.
_BULK_CACHE_KB = 64 * 1024


def index_in_bulk(connection: sqlite3.Connection, keys: list[int] | None = None) -> None:
    """Recompose the documents of these keys (None: every practice) in one set-based pass,
    inside the caller's transaction. For every practice the table is dropped and made again
    (deleting a stored FTS5 document tokenizes it once more)."""
    automerge = _automerge(connection)
    if keys is None:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'practice_search'"
        ).fetchone()
        connection.execute("DROP TABLE practice_search")
        connection.execute(sql)
        notes_where = practices_where = ""
    else:
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS index_keys (key INTEGER PRIMARY KEY)")
        connection.execute("DELETE FROM temp.index_keys")
        connection.executemany("INSERT INTO temp.index_keys VALUES (?)", [(k,) for k in keys])
        connection.execute("DELETE FROM practice_search WHERE rowid IN temp.index_keys")
        notes_where = f"AND k.key {_IN_KEYS}"
        practices_where = f"AND k.key {_IN_KEYS}"
    _configure(connection, hashsize=_BULK_HASH_SIZE, automerge=_BULK_AUTOMERGE)
    (cache,) = connection.execute("PRAGMA cache_size").fetchone()
    try:
        connection.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KB}")
        connection.execute(_DOCUMENTS_TABLE)
        connection.execute(
            _BULK_DOCUMENTS.format(notes_where=notes_where, practices_where=practices_where)
        )
        connection.execute(  # in key order: the table's rowid
            f"INSERT INTO practice_search (rowid, {_COLUMN_LIST})"
            f" SELECT key, {_COLUMN_LIST} FROM temp.bulk_documents"
        )
    finally:
        connection.execute("DROP TABLE IF EXISTS temp.bulk_documents")
        connection.execute(f"PRAGMA cache_size = {int(cache)}")
        # An interrupted INSERT (Cancel) has rolled the whole transaction back: settings
        # written now would be committed on their own, outside the import.
        if connection.in_transaction:
            _configure(connection, hashsize=_DEFAULT_HASH_SIZE, automerge=automerge)
    if keys is not None:
        connection.execute("DELETE FROM temp.index_keys")


def _automerge(connection: sqlite3.Connection) -> int:
    """The table's ``automerge`` setting (FTS5 keeps only the ones set, in its config table)."""
    row = connection.execute(
        "SELECT v FROM practice_search_config WHERE k = 'automerge'"
    ).fetchone()
    return _DEFAULT_AUTOMERGE if row is None else int(row[0])


def _configure(connection: sqlite3.Connection, **settings: int) -> None:
    for name, value in settings.items():
        connection.execute(
            "INSERT INTO practice_search (practice_search, rank) VALUES (?, ?)", (name, value)
        )


def keys_of(connection: sqlite3.Connection, practice_ids: list[str]) -> list[int]:
    keys: list[int] = []
    for start in range(0, len(practice_ids), 500):
        chunk = practice_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys.extend(
            key
            for (key,) in connection.execute(
                f"SELECT key FROM practice_search_keys WHERE practice_id IN ({marks})", chunk
            )
        )
    return keys


def _recompose(connection: sqlite3.Connection, keys: list[int]) -> None:
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        connection.execute(f"DELETE FROM practice_search WHERE rowid IN ({marks})", chunk)
        connection.execute(
            f"INSERT INTO practice_search (rowid, {_COLUMN_LIST}) "
            f"SELECT key, {_COLUMN_LIST} FROM practice_search_source WHERE key IN ({marks})",
            chunk,
        )


def index_practices(connection: sqlite3.Connection, practice_ids: set[str]) -> None:
    """Recompose the documents of these practices now (inside the caller's transaction)."""
    _recompose(connection, keys_of(connection, sorted(practice_ids)))


def queue_practices(connection: sqlite3.Connection, practice_ids: set[str]) -> int:
    """Leave these practices to the background indexer; returns how many are queued."""
    keys = keys_of(connection, sorted(practice_ids))
    connection.executemany(
        "INSERT OR IGNORE INTO practice_search_pending (key) VALUES (?)", [(k,) for k in keys]
    )
    return len(keys)


def pending_count(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM practice_search_pending").fetchone()
    return int(row[0])


def index_pending(connection: sqlite3.Connection, batch: int = 500) -> int:
    """Index up to ``batch`` queued practices in one short transaction; returns how many are
    still queued. Short, so notes saved meanwhile wait a moment at most."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        keys = [
            key
            for (key,) in connection.execute(
                "SELECT key FROM practice_search_pending ORDER BY key LIMIT ?", (batch,)
            )
        ]
        _recompose(connection, keys)
        connection.executemany(
            "DELETE FROM practice_search_pending WHERE key = ?", [(k,) for k in keys]
        )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return pending_count(connection)
