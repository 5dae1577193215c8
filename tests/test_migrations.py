"""Migrations: from nothing to head, models and scripts agree, foreign files are refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.db import schema_version
from app.db.backup import backup_folder
from app.db.connect import connect
from app.db.engine import make_engine
from app.db.migrate import alembic_config, script_revisions, upgrade
from app.domain.errors import NewerSchemaError, NotACatalogueError
from app.services.opening import open_database


def test_empty_file_migrates_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    opened = open_database(path)
    assert opened.migrated and opened.backup is None  # nothing to back up in a new file
    with sqlite3.connect(path) as connection:
        assert schema_version.current_revision(connection) == schema_version.HEAD
        tables = set(schema_version.user_tables(connection))
    assert {"categories", "regions", "practices", "test_notes", "practice_search"} <= tables


def test_models_and_migrations_agree(db_path: Path) -> None:
    engine = make_engine(db_path)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.check(config)  # raises when autogenerate would find a difference
    finally:
        engine.dispose()


def test_known_revisions_follow_the_scripts() -> None:
    assert list(schema_version.KNOWN_REVISIONS) == script_revisions()


def test_pragmas_are_applied(db_path: Path) -> None:
    engine = make_engine(db_path)
    try:
        with engine.connect() as connection:
            read = lambda pragma: connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()  # noqa: E731
            assert read("journal_mode") == "wal"
            assert read("foreign_keys") == 1
            assert read("synchronous") == 2  # FULL
            assert read("busy_timeout") >= 1000
    finally:
        engine.dispose()


def test_migrating_a_database_with_data_backs_it_up_first(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("INSERT INTO meta (key, value) VALUES ('marker', 'kept')")
    backup = upgrade(db_path, from_revision=schema_version.HEAD)
    assert backup is not None and backup.parent == backup_folder(db_path)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone() == ("kept",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_second_open_does_nothing(db_path: Path) -> None:
    again = open_database(db_path)
    assert not again.migrated and again.seeded is None


def test_database_of_another_application_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    before = path.read_bytes()
    with pytest.raises(NotACatalogueError, match="another application"):
        open_database(path)
    assert path.read_bytes() == before


def test_database_from_a_newer_release_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(db_path)


def test_upgrade_from_0001_keeps_notes_and_counts_their_edits(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    upgrade(path, from_revision=None, target="0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO categories (id, name, description, position) VALUES ('c', 'C', '', 0)"
        )
        connection.execute(
            "INSERT INTO regions (id, name, country, partner_organisation, lead_partner)"
            " VALUES ('r', 'Tartu', 'EE', '', 0)"
        )
        connection.execute(
            "INSERT INTO practices (id, category_id, position, title, subtitle, summary,"
            " description, service_type, source, selected, created_at, updated_at, revision)"
            " VALUES ('p', 'c', 0, 'T', '', '', '', 'unknown', '', 0, 'x', 'x', 1)"
        )
        connection.execute(
            "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
            " body, created_at, updated_at, revision) VALUES ('n', 'p', 'r', '', '2012-01-01',"
            " 'planned', '', 'edited three times', 'x', 'x', 4)"
        )
    opened = open_database(path)
    assert opened.migrated_from == "0001" and opened.backup is not None
    with sqlite3.connect(path) as connection:
        replica = connection.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[
            0
        ]
        versions = connection.execute("SELECT versions FROM test_notes WHERE id = 'n'").fetchone()[
            0
        ]
        body = connection.execute("SELECT body FROM test_notes WHERE id = 'n'").fetchone()[0]
    assert json.loads(versions) == {replica: 3} and body == "edited three times"
    with sqlite3.connect(opened.backup) as old:  # the backup is the file as it was
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def downgrade_to(path: Path, revision: str) -> None:
    """Run the migrations' downgrades down to ``revision`` (the application never does)."""
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def _fts_prefixes(connection: sqlite3.Connection) -> str:
    (sql,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'practice_search'"
    ).fetchone()
    return str(sql).rsplit("prefix = ", 1)[1]


def _documents(connection: sqlite3.Connection) -> list[tuple[object, ...]]:
    return connection.execute(  # the three practices made here (opening seeds the catalogue)
        "SELECT rowid, * FROM practice_search WHERE rowid <= 3 ORDER BY rowid"
    ).fetchall()


def _matches(connection: sqlite3.Connection, query: str) -> list[int]:
    rows = connection.execute(
        "SELECT rowid FROM practice_search WHERE practice_search MATCH ? AND rowid <= 3"
        " ORDER BY rowid",
        (query,),
    )
    return [row[0] for row in rows]


def test_upgrade_to_0004_keeps_the_documents_with_a_one_letter_prefix_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    upgrade(path, from_revision=None, target="0003")
    connection = connect(path)  # the folding function the 0003 triggers call
    connection.execute(
        "INSERT INTO categories (id, name, description, position) VALUES ('c', 'Training', '', 0)"
    )
    connection.execute(
        "INSERT INTO regions (id, name, country, partner_organisation, lead_partner)"
        " VALUES ('r', 'Tartu', 'EE', '', 0)"
    )
    for key, title in enumerate(("Workshops", "Collective booths", "Help desk"), start=1):
        connection.execute(
            "INSERT INTO practices (id, category_id, position, title, subtitle, summary,"
            " description, service_type, source, selected, created_at, updated_at, revision)"
            " VALUES (?, 'c', ?, ?, '', '', '', 'unknown', '', 0, 'x', 'x', 1)",
            (f"p{key}", key, title),
        )
    connection.execute(
        "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
        " body, created_at, updated_at, revision) VALUES ('n', 'p3', 'r', 'Mari', '2012-01-01',"
        " 'planned', '', 'Worked well in Tartu', 'x', 'x', 1)"
    )
    connection.execute("INSERT INTO practice_search_pending (key) VALUES (2)")
    assert _fts_prefixes(connection) == "'1 2 3')"
    before = _documents(connection)
    queries = ('"w"*', '"wo"*', '"wor"*', '"work"*', '"tar"*', 'notes : "wor"*', '"coll"* "bo"*')
    found_before = {query: _matches(connection, query) for query in queries}
    connection.close()

    assert open_database(path).migrated_from == "0003"

    connection = connect(path)
    assert _fts_prefixes(connection) == "'1')"
    assert _documents(connection) == before  # copied as they were, not composed again
    assert {query: _matches(connection, query) for query in queries} == found_before
    assert found_before['"wor"*'] == [1, 3] and found_before['"coll"* "bo"*'] == [2]
    queued = connection.execute("SELECT key FROM practice_search_pending").fetchall()
    assert queued == [(2,)]  # what was still to be indexed stays queued
    connection.execute(  # the triggers write to the new table
        "UPDATE practices SET title = 'Wool fairs' WHERE id = 'p2'"
    )
    assert _matches(connection, '"woo"*') == [2]
    connection.close()

    downgrade_to(path, "0003")
    connection = connect(path)
    assert _fts_prefixes(connection) == "'1 2 3')"
    assert _matches(connection, '"wor"*') == [1, 3] and _matches(connection, '"woo"*') == [2]
    connection.close()
