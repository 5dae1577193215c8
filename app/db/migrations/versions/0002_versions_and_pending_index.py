"""Version vectors for merging, a replica id per database file, and a queue of practices
whose search documents are still to be (re)built.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # {"<replica id>": edits made there}; revision = 1 + the sum of the counts.
    for table in ("practices", "test_notes"):
        op.add_column(table, sa.Column("versions", sa.Text(), nullable=False, server_default="{}"))
    # Records saved before this migration were edited here: count those edits for this file.
    replica = str(uuid.uuid4())
    op.execute(
        sa.text("INSERT INTO meta (key, value) VALUES ('replica_id', :replica)").bindparams(
            replica=replica
        )
    )
    for table in ("practices", "test_notes"):
        op.execute(
            f"UPDATE {table} SET versions = json_object('{replica}', revision - 1)"
            " WHERE revision > 1"
        )
    op.execute("CREATE TABLE practice_search_pending (key INTEGER PRIMARY KEY)")


def downgrade() -> None:
    op.execute("DROP TABLE practice_search_pending")
    op.execute("DELETE FROM meta WHERE key = 'replica_id'")
    for table in ("test_notes", "practices"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("versions")
