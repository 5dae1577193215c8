"""Alembic environment of the server schema: run by ``app.db.server_schema`` on a connection
it opened, inside the transaction that also checks and seeds the database."""

from __future__ import annotations

from alembic import context

from app.db.server_schema import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    version_table=VERSION_TABLE,
    version_table_schema="public",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
