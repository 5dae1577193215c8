"""Who may change what, enforced by PostgreSQL itself (a modified client or psql meets the
same limits as the application).

Two group roles per catalogue database: ``<database>:member`` (everyone signed in: reads
everything, adds and changes notes of their own region) and ``<database>:coordinator``
(changes everything). ``people`` maps each person's login role to a region; a person's region
and standing are looked up from ``session_user``, which ``SET ROLE`` cannot change. Row-level
security is FORCEd, so even the tables' owner goes through a policy (its own, for seeding and
upgrades). Nobody is granted DELETE on the catalogue: deletions travel as trash.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

from app.db.server_schema import coordinator_role, literal, member_role, quoted

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

_CATALOGUE = ("categories", "regions", "practices")
_EVERYONE_READS = (*_CATALOGUE, "notes", "conflicts", "people", "server_instance")


def upgrade() -> None:
    database = str(op.get_bind().exec_driver_sql("SELECT current_database()").scalar())
    member, coordinator = quoted(member_role(database)), quoted(coordinator_role(database))
    for role in (member_role(database), coordinator_role(database)):
        op.execute(f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal(role)}) THEN
                    CREATE ROLE {quoted(role)} NOLOGIN;
                END IF;
            END $$;
        """)
    op.execute(f"""
        GRANT {member} TO {coordinator};
        CREATE TABLE public.people (
            name text PRIMARY KEY,
            region_id uuid REFERENCES public.regions,
            coordinator boolean NOT NULL DEFAULT false,
            CHECK (coordinator OR region_id IS NOT NULL)
        );
        -- Schema-qualified and with a fixed search_path: a temporary table named "people"
        -- must not stand in for the real one.
        CREATE FUNCTION public.catalogue_my_region() RETURNS uuid LANGUAGE sql STABLE
            SET search_path = pg_catalog, pg_temp
            AS $$ SELECT region_id FROM public.people WHERE name = session_user $$;
        CREATE FUNCTION public.catalogue_is_coordinator() RETURNS boolean LANGUAGE sql STABLE
            SET search_path = pg_catalog, pg_temp
            AS $$ SELECT pg_has_role(session_user, {literal(coordinator_role(database))},
                                     'MEMBER') $$;
        GRANT USAGE ON SCHEMA public TO {member};
        GRANT SELECT ON {", ".join(f"public.{t}" for t in _EVERYONE_READS)} TO {member};
        GRANT SELECT ON public.practice_catalogue_server_version TO {member};
        GRANT INSERT, UPDATE ON public.notes, public.conflicts TO {member};
        GRANT USAGE ON SEQUENCE public.change_seq TO {member};
        GRANT INSERT, UPDATE ON {", ".join(f"public.{t}" for t in _CATALOGUE)} TO {coordinator};
        GRANT INSERT, UPDATE, DELETE ON public.people TO {coordinator};
    """)
    # Nobody else creates objects in the schema (PostgreSQL 15 does this by default; older
    # servers let everyone): a function or table there could stand in for ours.
    op.execute("""
        DO $$ BEGIN
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        EXCEPTION WHEN insufficient_privilege THEN NULL;
        END $$;
    """)
    mine = "(public.catalogue_is_coordinator() OR region_id = public.catalogue_my_region())"
    of_my_note = (
        "(public.catalogue_is_coordinator() OR (entity = 'note' AND EXISTS (SELECT 1"
        " FROM public.notes n WHERE n.id = record_id"
        " AND n.region_id = public.catalogue_my_region())))"
    )
    for table in (*_CATALOGUE, "notes", "conflicts", "server_instance"):
        op.execute(f"""
            ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY everyone_reads ON public.{table} FOR SELECT TO {member} USING (true);
            CREATE POLICY owner_keeps ON public.{table} TO CURRENT_USER
                USING (true) WITH CHECK (true);
        """)
    for table in _CATALOGUE:
        op.execute(f"""
            CREATE POLICY coordinator_writes ON public.{table} TO {coordinator}
                USING (public.catalogue_is_coordinator())
                WITH CHECK (public.catalogue_is_coordinator());
        """)
    for table, rule in (("notes", mine), ("conflicts", of_my_note)):
        op.execute(f"""
            CREATE POLICY own_region_adds ON public.{table} FOR INSERT TO {member}
                WITH CHECK {rule};
            CREATE POLICY own_region_changes ON public.{table} FOR UPDATE TO {member}
                USING {rule} WITH CHECK {rule};
        """)


def downgrade() -> None:
    raise NotImplementedError("the shared server's schema is never downgraded")
