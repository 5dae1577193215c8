"""Alembic environment: always run programmatically by ``app.db.migrate`` on a given connection."""

from __future__ import annotations

from typing import Any

from alembic import context

from app.db.search_index import SEARCH_OBJECT_PREFIX
from app.domain.models import Base


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    # The full-text index (an FTS5 table, its shadow tables, its key table and view) is built
    # by hand-written SQL in the migrations, not from the ORM metadata.
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_OBJECT_PREFIX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
