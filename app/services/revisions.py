"""Compare-and-set writes: the revision check and the write are one UPDATE statement.

A write also counts one edit for this database file in the record's version vector
(``versions``), so ``revision`` stays 1 + the sum of the vector.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.errors import RevisionConflictError
from app.domain.models import Conflict, Meta
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


SETTLED = "replaced when a conflict was settled"


def keep_version(
    session: Session,
    entity: str,
    record_id: str,
    payload: dict[str, Any],
    base_revision: int | None,
    origin: str,
    *,
    settled: bool = False,
) -> str:
    """Keep a version of a record beside the stored one (a conflict copy); returns its id.

    ``settled``: a version being replaced by a person's choice, kept on record, not listed.
    """
    conflict = Conflict(
        entity=entity,
        record_id=record_id,
        payload=json.dumps(payload, ensure_ascii=False),
        base_revision=base_revision,
        origin=origin,
        resolved_at=utc_now() if settled else None,
    )
    session.add(conflict)
    session.flush()
    return conflict.id
