"""The shared server's schema and rights, against a real PostgreSQL: init, upgrade, refusal
of foreign and newer databases, and row-level security met by a person's own SQL."""

from __future__ import annotations

import psycopg
import pytest

from app.db.postgres import ServerError
from app.db.server_schema import VERSION_TABLE, ServerSchemaError
from app.services.sync.server_admin import add_user, init_server, list_people, remove_user
from tests.sync.cluster import Cluster

TARTU_NOTE = "11111111-1111-4111-8111-111111111111"
NAMUR_NOTE = "22222222-2222-4222-8222-222222222222"


def _schema_dump(url: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as connection:
        return connection.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'public' ORDER BY 1, 2"
        ).fetchall()


def test_init_creates_seeds_and_is_idempotent(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.admin_url(pg_database)
    first = init_server(url)
    assert first.before is None and first.seeded == 6 + 7 + 15
    schema = _schema_dump(url)
    second = init_server(url)
    assert second.before == second.after and second.seeded == 0
    assert _schema_dump(url) == schema
    with psycopg.connect(url) as connection:
        count = connection.execute("SELECT count(*) FROM practices").fetchone()
        tartu = connection.execute("SELECT id::text FROM regions WHERE name = 'Tartu'").fetchone()
    assert count == (15,)
    assert tartu == ("8a4a9849-bea2-47f3-b813-30bd81f20949",)  # the laptops' fixed id


def test_init_upgrades_an_older_schema(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.admin_url(pg_database)
    init_server(url, target="s0001")
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT to_regclass('public.people')").fetchone() == (None,)
    report = init_server(url)
    assert report.before == "s0001" and report.after == "s0003"
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT count(*) FROM people").fetchone() == (0,)


def test_a_foreign_database_is_refused_untouched(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.admin_url(pg_database)
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE invoices (id int PRIMARY KEY)")
    before = _schema_dump(url)
    with pytest.raises(ServerSchemaError, match=r"holds 1 table.* something else"):
        init_server(url)
    assert _schema_dump(url) == before


def test_a_newer_schema_is_refused_untouched(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.admin_url(pg_database)
    init_server(url)
    with psycopg.connect(url) as connection:
        connection.execute(f"UPDATE {VERSION_TABLE} SET version_num = 's0099'")
    before = _schema_dump(url)
    with pytest.raises(ServerSchemaError, match="newer catalogue schema"):
        init_server(url)
    assert _schema_dump(url) == before


def test_people_are_added_listed_and_removed(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.admin_url(pg_database)
    init_server(url)
    anna, carl = f"anna_{pg_database[-8:]}", f"carl_{pg_database[-8:]}"
    add_user(url, anna, "pw-anna-1", region="tartu")
    add_user(url, carl, "pw-carl-1", coordinator=True)
    names = [(p.name, p.region, p.coordinator) for p in list_people(url)]
    assert names == [(anna, "Tartu", False), (carl, None, True)]
    with pytest.raises(ServerError, match="no region named 'Atlantis'"):
        add_user(url, "bert", "pw", region="Atlantis")
    with pytest.raises(ServerError, match="already exists"):
        add_user(url, "postgres", "pw", coordinator=True)
    remove_user(url, anna)
    remove_user(url, carl)
    assert list_people(url) == []
    with psycopg.connect(url) as connection:
        gone = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (anna,))
        assert gone.fetchone() is None


def _notes_as_admin(url: str) -> None:
    with psycopg.connect(url) as connection:
        ids = dict(connection.execute("SELECT name, id FROM regions").fetchall())
        practice = connection.execute("SELECT id FROM practices LIMIT 1").fetchone()[0]  # type: ignore[index]
        for note, region in ((TARTU_NOTE, "Tartu"), (NAMUR_NOTE, "Namur")):
            connection.execute(
                "INSERT INTO notes (id, practice_id, region_id, date, status, created_at,"
                " updated_at, revision) VALUES (%s, %s, %s, '2026-11-01', 'planned', now(),"
                " now(), 1)",
                (note, practice, ids[region]),
            )


def test_rights_hold_for_a_persons_own_sql(pg_cluster: Cluster, pg_database: str) -> None:
    """psql by a facilitator meets the same limits as the application."""
    admin = pg_cluster.admin_url(pg_database)
    init_server(admin)
    _notes_as_admin(admin)
    suffix = pg_database[-8:]
    add_user(admin, f"tiina_{suffix}", "pw-tiina-1", region="Tartu")
    add_user(admin, f"carl_{suffix}", "pw-carl-1", coordinator=True)
    tiina = pg_cluster.person_url(f"tiina_{suffix}", pg_database)
    with psycopg.connect(tiina, password="pw-tiina-1", autocommit=True) as connection:
        assert connection.execute("SELECT count(*) FROM notes").fetchone() == (2,)  # reads all
        mine = connection.execute("UPDATE notes SET body = 'mine' WHERE id = %s", (TARTU_NOTE,))
        assert mine.rowcount == 1
        theirs = connection.execute("UPDATE notes SET body = 'x' WHERE id = %s", (NAMUR_NOTE,))
        assert theirs.rowcount == 0  # another region's note: invisible to UPDATE
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(  # moving my note to another region
                "UPDATE notes SET region_id = (SELECT id FROM regions WHERE name = 'Namur')"
                " WHERE id = %s",
                (TARTU_NOTE,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE practices SET title = 'mine'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO people (name, region_id) VALUES ('eve', NULL)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM notes")
        # A temporary "people" table must not stand in for the real one.
        connection.execute("CREATE TEMP TABLE people (name text, region_id uuid)")
        connection.execute(
            "INSERT INTO pg_temp.people SELECT session_user, region_id FROM notes WHERE id = %s",
            (NAMUR_NOTE,),
        )
        sneaky = connection.execute("UPDATE notes SET body = 'x' WHERE id = %s", (NAMUR_NOTE,))
        assert sneaky.rowcount == 0
    carl = pg_cluster.person_url(f"carl_{suffix}", pg_database)
    with psycopg.connect(carl, password="pw-carl-1", autocommit=True) as connection:
        theirs = connection.execute("UPDATE notes SET body = 'c' WHERE id = %s", (NAMUR_NOTE,))
        assert theirs.rowcount == 1
        assert connection.execute("UPDATE practices SET selected = true").rowcount == 15
    with psycopg.connect(admin) as connection:
        bodies = dict(connection.execute("SELECT id::text, body FROM notes").fetchall())
    assert bodies == {TARTU_NOTE: "mine", NAMUR_NOTE: "c"}


def test_a_facilitator_cannot_add_people(pg_cluster: Cluster, pg_database: str) -> None:
    admin = pg_cluster.admin_url(pg_database)
    init_server(admin)
    name = f"tiina_{pg_database[-8:]}"
    add_user(admin, name, "pw-tiina-1", region="Tartu")
    tiina = pg_cluster.person_url(name, pg_database).replace("@", ":pw-tiina-1@", 1)
    with pytest.raises(ServerError, match="may not add people"):
        add_user(tiina, f"eve_{pg_database[-8:]}", "pw-eve-1", coordinator=True)
    with pytest.raises(ServerError, match=r"refused .*permission denied"):
        remove_user(tiina, name)
