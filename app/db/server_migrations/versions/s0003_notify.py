"""Telling open windows that something changed: ``NOTIFY catalogue_changes`` after every
statement that writes the catalogue, carrying only ids (``notes:<id>,<id>``), or the kind
alone (``notes:*``) when the ids would not fit in one notification. A listener then pulls.

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

CHANNEL = "catalogue_changes"
_TABLES = ("categories", "regions", "practices", "notes", "conflicts")


def upgrade() -> None:
    op.execute(f"""
        CREATE FUNCTION public.notify_change() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            ids text;
        BEGIN
            SELECT string_agg(id::text, ',') INTO ids FROM (SELECT id FROM changed LIMIT 200) s;
            IF ids IS NOT NULL THEN
                IF (SELECT count(*) FROM (SELECT 1 FROM changed LIMIT 201) s) > 200 THEN
                    ids := '*';
                END IF;
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || ids);
            END IF;
            RETURN NULL;
        END $$;
    """)
    for table in _TABLES:
        for event in ("INSERT", "UPDATE"):
            op.execute(f"""
                CREATE TRIGGER {table}_notify_{event.lower()} AFTER {event} ON public.{table}
                    REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION public.notify_change();
            """)


def downgrade() -> None:
    raise NotImplementedError("the shared server's schema is never downgraded")
