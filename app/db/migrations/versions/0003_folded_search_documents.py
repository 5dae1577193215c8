"""Search documents folded for every partner language: case and accents as people type them.

The view that composes a practice's search document passes its texts through the SQL
function ``search_fold`` (``app.db.search_fold``, registered on every connection), so
"συναντηση" finds "Συνάντηση", "strasse" finds "Straße" and "hamrun" finds "Ħamrun". The
tokenizer stays ``unicode61 remove_diacritics 2``; the triggers of 0001 read the view and need
no change.

Existing documents whose text the folding changes are queued in ``practice_search_pending``
(0002): the window's background indexer, or the command line's catch-up, recomposes them
after the upgrade, without holding up the opening of a large catalogue. Documents in ASCII and
the accented Latin letters the tokenizer folds itself are already right and are not queued.
The downgrade puts the old view back and queues every practice.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_LIVE_NOTES = "FROM test_notes n WHERE n.practice_id = p.id AND n.deleted_at IS NULL"
_TEXTS = ("title", "subtitle", "summary", "description", "notes", "category", "region", "origin")


def _view(fold: str) -> str:
    """The view of 0001 with its texts passed through ``fold`` ("" for none)."""
    return f"""
CREATE VIEW practice_search_source AS
SELECT k.key AS key, p.id AS practice_id, p.category_id AS category_id,
       {fold}(p.title) AS title, {fold}(p.subtitle) AS subtitle,
       {fold}(p.summary) AS summary, {fold}(p.description) AS description,
       {fold}((SELECT group_concat(t, ' ') FROM (
            SELECT n.author || ' ' || n.outcome || ' ' || n.body AS t {_LIVE_NOTES}
            ORDER BY n.created_at, n.id))) AS notes,
       {fold}(c.name) AS category,
       {fold}((SELECT group_concat(r.name || ' ' || r.country, ' ') FROM regions r
         WHERE r.id IN (SELECT n.region_id {_LIVE_NOTES}))) AS region,
       {fold}((SELECT o.name || ' ' || o.country FROM regions o
         WHERE o.id = p.origin_region_id)) AS origin,
       (SELECT group_concat(s, ' ') FROM (
            SELECT DISTINCT replace(n.status, '_', ' ') AS s {_LIVE_NOTES})) AS status,
       replace(p.service_type, '_', ' ') AS type
FROM practices p
JOIN practice_search_keys k ON k.practice_id = p.id
JOIN categories c ON c.id = p.category_id
"""


# A stored document the folding would change (the function returns any other text as is).
_CHANGED = " OR ".join(f"search_fold({column}) IS NOT {column}" for column in _TEXTS)


def upgrade() -> None:
    op.execute("DROP VIEW practice_search_source")
    op.execute(_view("search_fold"))
    op.execute(
        "INSERT OR IGNORE INTO practice_search_pending (key)"
        f" SELECT rowid FROM practice_search WHERE {_CHANGED}"
    )


def downgrade() -> None:
    op.execute("DROP VIEW practice_search_source")
    op.execute(_view(""))
    op.execute(
        "INSERT OR IGNORE INTO practice_search_pending (key) SELECT key FROM practice_search_keys"
    )
