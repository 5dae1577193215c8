"""The first schema: catalogue, regions, test notes, conflicts, drafts and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_NOW = sa.String(length=27)
_SEARCH_COLUMNS = (
    "title, subtitle, summary, description, notes, category, region, origin, status, type"
)
_LIVE_NOTES = "FROM test_notes n WHERE n.practice_id = p.id AND n.deleted_at IS NULL"

# One document per practice. Notes are concatenated in a fixed order so a document is a
# function of the data alone.
_SOURCE_VIEW = f"""
CREATE VIEW practice_search_source AS
SELECT k.key AS key, p.id AS practice_id, p.category_id AS category_id,
       p.title AS title, p.subtitle AS subtitle, p.summary AS summary,
       p.description AS description,
       (SELECT group_concat(t, ' ') FROM (
            SELECT n.author || ' ' || n.outcome || ' ' || n.body AS t {_LIVE_NOTES}
            ORDER BY n.created_at, n.id)) AS notes,
       c.name AS category,
       (SELECT group_concat(r.name || ' ' || r.country, ' ') FROM regions r
         WHERE r.id IN (SELECT n.region_id {_LIVE_NOTES})) AS region,
       (SELECT o.name || ' ' || o.country FROM regions o
         WHERE o.id = p.origin_region_id) AS origin,
       (SELECT group_concat(s, ' ') FROM (
            SELECT DISTINCT replace(n.status, '_', ' ') AS s {_LIVE_NOTES})) AS status,
       replace(p.service_type, '_', ' ') AS type
FROM practices p
JOIN practice_search_keys k ON k.practice_id = p.id
JOIN categories c ON c.id = p.category_id
"""

_LIVE = "(SELECT deferred FROM practice_search_state) = 0"


def _refresh(where: str) -> str:
    """Statements that recompose the documents of the practices matching ``where``."""
    return (
        "DELETE FROM practice_search WHERE rowid IN "
        f"(SELECT key FROM practice_search_source WHERE {where});\n"
        f"INSERT INTO practice_search (rowid, {_SEARCH_COLUMNS}) "
        f"SELECT key, {_SEARCH_COLUMNS} FROM practice_search_source WHERE {where};"
    )


_TRIGGERS = {
    "practice_search_practice_insert": f"""
        AFTER INSERT ON practices BEGIN
          INSERT INTO practice_search_keys (practice_id) VALUES (NEW.id);
          INSERT INTO practice_search (rowid, {_SEARCH_COLUMNS})
            SELECT key, {_SEARCH_COLUMNS} FROM practice_search_source
            WHERE practice_id = NEW.id AND {_LIVE};
        END""",
    "practice_search_practice_update": f"""
        AFTER UPDATE OF title, subtitle, summary, description, category_id, service_type,
            origin_region_id ON practices WHEN {_LIVE} BEGIN
          {_refresh("practice_id = NEW.id")}
        END""",
    "practice_search_practice_delete": """
        AFTER DELETE ON practices BEGIN
          DELETE FROM practice_search WHERE rowid =
            (SELECT key FROM practice_search_keys WHERE practice_id = OLD.id);
          DELETE FROM practice_search_keys WHERE practice_id = OLD.id;
        END""",
    "practice_search_note_insert": f"""
        AFTER INSERT ON test_notes WHEN {_LIVE} BEGIN
          {_refresh("practice_id = NEW.practice_id")}
        END""",
    "practice_search_note_update": f"""
        AFTER UPDATE OF practice_id, region_id, author, status, outcome, body, deleted_at
            ON test_notes WHEN {_LIVE} BEGIN
          {_refresh("practice_id IN (OLD.practice_id, NEW.practice_id)")}
        END""",
    "practice_search_note_delete": f"""
        AFTER DELETE ON test_notes WHEN {_LIVE} BEGIN
          {_refresh("practice_id = OLD.practice_id")}
        END""",
    "practice_search_category_update": f"""
        AFTER UPDATE OF name ON categories WHEN {_LIVE} BEGIN
          {_refresh("category_id = NEW.id")}
        END""",
    "practice_search_region_update": f"""
        AFTER UPDATE OF name, country ON regions WHEN {_LIVE} BEGIN
          {
        _refresh('''practice_id IN (
              SELECT n.practice_id FROM test_notes n WHERE n.region_id = NEW.id
              UNION SELECT p.id FROM practices p WHERE p.origin_region_id = NEW.id)''')
    }
        END""",
}


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
    )
    op.create_table(
        "regions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("partner_organisation", sa.Text(), nullable=False),
        sa.Column("lead_partner", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(country) = 2", name=op.f("ck_regions_country_code")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regions")),
    )
    op.create_table(
        "practices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("subtitle", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "service_type",
            sa.Enum(
                "open_collective",
                "closed_collective",
                "partnership",
                "individual",
                "unknown",
                name="service_type",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("origin_region_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("selected", sa.Boolean(), nullable=False),
        sa.Column("created_at", _NOW, nullable=False),
        sa.Column("updated_at", _NOW, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_practices_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["origin_region_id"],
            ["regions.id"],
            name=op.f("fk_practices_origin_region_id_regions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
    )
    # The one order of practices in a category (app.services.catalogue_reader).
    op.create_index("ix_practices_order", "practices", ["category_id", "position", "title", "id"])
    op.create_table(
        "test_notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("practice_id", sa.String(length=36), nullable=False),
        sa.Column("region_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "completed",
                "dropped",
                name="note_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(length=500), nullable=False),
        sa.Column("score_cluster_initiatives", sa.Integer(), nullable=True),
        sa.Column("score_development_agencies", sa.Integer(), nullable=True),
        sa.Column("score_enterprises", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", _NOW, nullable=False),
        sa.Column("updated_at", _NOW, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", _NOW, nullable=True),
        *(
            sa.CheckConstraint(
                f"{column} IS NULL OR {column} BETWEEN 0 AND 5",
                name=op.f(f"ck_test_notes_{column}_range"),
            )
            for column in (
                "score_cluster_initiatives",
                "score_development_agencies",
                "score_enterprises",
            )
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"], ["practices.id"], name=op.f("fk_test_notes_practice_id_practices")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["regions.id"], name=op.f("fk_test_notes_region_id_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_notes")),
    )
    op.create_index(op.f("ix_test_notes_practice_id"), "test_notes", ["practice_id"])
    op.create_index(op.f("ix_test_notes_region_id"), "test_notes", ["region_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=300), nullable=False),
        sa.Column("created_at", _NOW, nullable=False),
        sa.Column("resolved_at", _NOW, nullable=True),
        sa.CheckConstraint("entity IN ('note', 'practice')", name=op.f("ck_conflicts_entity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_record_id"), "conflicts", ["record_id"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("practice_id", sa.String(length=36), nullable=True),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", _NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    _create_search_index()


def _create_search_index() -> None:
    op.execute(
        "CREATE TABLE practice_search_keys ("
        " key INTEGER PRIMARY KEY,"
        " practice_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute("CREATE TABLE practice_search_state (deferred INTEGER NOT NULL)")
    op.execute("INSERT INTO practice_search_state (deferred) VALUES (0)")
    # unicode61 with remove_diacritics 2 folds case and accents: "croissance" finds
    # "Croissance", "tartu" finds "Tartu", "etude" finds "étude".
    op.execute(
        f"CREATE VIRTUAL TABLE practice_search USING fts5({_SEARCH_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(_SOURCE_VIEW)
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP VIEW practice_search_source")
    for table in ("practice_search", "practice_search_state", "practice_search_keys"):
        op.execute(f"DROP TABLE {table}")
    for table in ("meta", "drafts", "conflicts", "test_notes", "practices", "regions"):
        op.drop_table(table)
    op.drop_table("categories")
