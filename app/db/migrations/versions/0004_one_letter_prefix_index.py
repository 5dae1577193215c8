"""The full-text index keeps a prefix index for one letter only (it kept one, two and three).

Every word typed in the filter is matched as a prefix ("wor" finds "workshop"). A prefix
index answers a prefix of its length from one entry instead of from every word that starts
with it, but FTS5 writes it for each word of each document, with the word's positions. On a
million notes the two- and three-letter ones took 16 of the 38 seconds that building the
index took inside an import (the whole import: 65 s against 49 s) and more than half of the
index (545 MB against 241 MB, the documents' 463 MB aside). Without them a two- or
three-letter prefix is answered in 4 ms instead of 2 (the slowest measured: 27 ms against 6);
a one-letter prefix, the first keystroke, still comes from its index.

The documents are copied from the old table into the new one as they are (the table keeps
them, ``practice_search_content``): nothing is composed again, and practices still queued in
``practice_search_pending`` stay queued.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = "title, subtitle, summary, description, notes, category, region, origin, status, type"
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"


def _remake(prefix: str) -> None:
    """The index table made anew with ``prefix``, holding the same documents. The triggers
    that write to it name it and need no change (SQLite looks a trigger's tables up when it
    runs)."""
    op.execute(
        "CREATE TEMP TABLE search_documents AS"
        f" SELECT rowid AS key, {_COLUMNS} FROM practice_search"
    )
    op.execute("DROP TABLE practice_search")
    op.execute(
        f"CREATE VIRTUAL TABLE practice_search USING fts5({_COLUMNS}, {_TOKENIZER},"
        f" prefix = '{prefix}')"
    )
    op.execute(
        f"INSERT INTO practice_search (rowid, {_COLUMNS})"
        f" SELECT key, {_COLUMNS} FROM temp.search_documents ORDER BY key"
    )
    op.execute("DROP TABLE temp.search_documents")


def upgrade() -> None:
    _remake("1")


def downgrade() -> None:
    _remake("1 2 3")
