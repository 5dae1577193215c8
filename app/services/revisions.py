"""Compare-and-set writes: the revision check and the write are one UPDATE statement.

A write also counts one edit for this database file in the record's version vector
(``versions``), so ``revision`` stays 1 + the sum of the vector.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.errors import RevisionConflictError
from app.domain.models import Meta
from app.domain.timestamps import utc_now

REPLICA_KEY = "replica_id"


def replica_id(session: Session) -> str:
    value = session.scalar(select(Meta.value).where(Meta.key == REPLICA_KEY))
    if value is None:  # an older file: migration 0002 sets one, this is belt and braces
        import uuid

        value = str(uuid.uuid4())
        session.add(Meta(key=REPLICA_KEY, value=value))
        session.flush()
    return value


def write_if_current(
    session: Session, model: Any, record_id: str, expected: int, values: dict[str, object]
) -> int:
    """Write ``values`` if the row is still at ``expected``; returns the new revision."""
    path = f'$."{replica_id(session)}"'
    counted = func.json_set(
        model.versions, path, func.coalesce(func.json_extract(model.versions, path), 0) + 1
    )
    result = session.execute(
        update(model)
        .where(model.id == record_id, model.revision == expected)
        .values(**values, versions=counted, revision=expected + 1, updated_at=utc_now())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = session.get(model, record_id, populate_existing=True)
        found = None if current is None else current.revision
        raise RevisionConflictError(record_id, expected, found)
    return expected + 1
