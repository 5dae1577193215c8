"""The shared catalogue's tables, and the position of every change in one server order.

Every row carries the id of the transaction that last wrote it (``change_xid``, an ``xid8``
from ``pg_current_xact_id()``) and a number from one sequence (``change_seq``), set by a
trigger whatever the client sends. A pull takes rows whose ``change_xid`` lies below the
oldest transaction still running (``pg_snapshot_xmin``): every writer below that line has
finished, so no row can appear there later, and client clocks decide nothing.

Revision ID: s0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

from app.domain.enums import SCORE_MAX, SCORE_MIN, NoteStatus, ServiceType

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

_CHANGE = "change_xid xid8 NOT NULL, change_seq bigint NOT NULL"
_STAMPED = ("categories", "regions", "practices", "notes", "conflicts")


def _values(enum: type[NoteStatus] | type[ServiceType]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


def _score(name: str) -> str:
    return f"{name} integer CHECK ({name} BETWEEN {SCORE_MIN} AND {SCORE_MAX})"


def upgrade() -> None:
    op.execute("""
        CREATE TABLE public.server_instance (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            created_at timestamptz NOT NULL DEFAULT now(),
            single boolean NOT NULL DEFAULT true UNIQUE CHECK (single)
        );
        INSERT INTO public.server_instance DEFAULT VALUES;
        CREATE SEQUENCE public.change_seq;
        CREATE FUNCTION public.stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.change_xid := pg_current_xact_id();
            NEW.change_seq := nextval('public.change_seq');
            RETURN NEW;
        END $$;
    """)
    op.execute(f"""
        CREATE TABLE public.categories (
            id uuid PRIMARY KEY,
            name text NOT NULL CHECK (length(name) <= 200),
            description text NOT NULL DEFAULT '',
            position integer NOT NULL,
            {_CHANGE}
        );
        CREATE TABLE public.regions (
            id uuid PRIMARY KEY,
            name text NOT NULL CHECK (length(name) <= 200),
            country text NOT NULL CHECK (country ~ '^[A-Z]{{2}}$'),
            partner_organisation text NOT NULL DEFAULT '',
            lead_partner boolean NOT NULL DEFAULT false,
            {_CHANGE}
        );
        CREATE TABLE public.practices (
            id uuid PRIMARY KEY,
            category_id uuid NOT NULL REFERENCES public.categories,
            position integer NOT NULL,
            title text NOT NULL CHECK (length(title) <= 300),
            subtitle text NOT NULL DEFAULT '',
            summary text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            service_type text NOT NULL CHECK (service_type IN ({_values(ServiceType)})),
            origin_region_id uuid REFERENCES public.regions,
            source text NOT NULL DEFAULT '',
            selected boolean NOT NULL DEFAULT false,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            revision integer NOT NULL CHECK (revision >= 1),
            versions jsonb NOT NULL DEFAULT '{{}}',
            {_CHANGE}
        );
        CREATE TABLE public.notes (
            id uuid PRIMARY KEY,
            practice_id uuid NOT NULL REFERENCES public.practices,
            region_id uuid NOT NULL REFERENCES public.regions,
            author text NOT NULL DEFAULT '',
            date date NOT NULL,
            status text NOT NULL CHECK (status IN ({_values(NoteStatus)})),
            outcome text NOT NULL DEFAULT '',
            {_score("score_cluster_initiatives")},
            {_score("score_development_agencies")},
            {_score("score_enterprises")},
            body text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            revision integer NOT NULL CHECK (revision >= 1),
            versions jsonb NOT NULL DEFAULT '{{}}',
            deleted_at timestamptz,
            {_CHANGE}
        );
        CREATE INDEX ix_notes_region ON public.notes (region_id);
        CREATE TABLE public.conflicts (
            id uuid PRIMARY KEY,
            entity text NOT NULL CHECK (entity IN ('note', 'practice')),
            record_id uuid NOT NULL,
            payload text NOT NULL,
            base_revision integer,
            origin text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL,
            resolved_at timestamptz,
            {_CHANGE}
        );
    """)
    for table in _STAMPED:
        op.execute(f"""
            CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON public.{table}
                FOR EACH ROW EXECUTE FUNCTION public.stamp_change();
            CREATE INDEX ix_{table}_change ON public.{table} (change_xid, change_seq);
        """)


def downgrade() -> None:
    raise NotImplementedError("the shared server's schema is never downgraded")
