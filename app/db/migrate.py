"""Applying the Alembic migrations shipped in ``app/db/migrations``, from code, at start-up.

Imports Alembic, so only called when ``schema_version`` says the file is behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.db import migrations
from app.db.backup import backup_folder, copy_database, timestamped_name
from app.db.engine import make_engine
from app.db.search_index import index_triggers_oldest
from app.domain.errors import DatabaseError

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """Every revision the scripts define, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(path: Path, *, from_revision: str | None, target: str = "head") -> Path | None:
    """Migrate ``path`` to ``target`` in one transaction; back it up first unless it is new
    (``from_revision`` None: no schema yet, nothing to lose).

    Foreign keys are off while tables are rebuilt (SQLite's documented procedure for schema
    changes) and checked before commit. Returns the backup's path, if one was taken.
    """
    backup = None
    if from_revision is not None:
        name = timestamped_name(path, f"before-migration-from-{from_revision or 'none'}")
        backup = copy_database(path, backup_folder(path) / name)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            # A migration that made the search index's triggers again put them after others.
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            index_triggers_oldest(raw)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(f"migration left broken references: {problems[:3]}")
    finally:
        engine.dispose()
    return backup
