"""Compare-and-set writes: the revision check and the write are one UPDATE statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.db.errors import RevisionConflictError
from app.domain.timestamps import utc_now


def write_if_current(
    session: Session, model: Any, record_id: str, expected: int, values: dict[str, object]
) -> int:
    """Write ``values`` if the row is still at ``expected``; returns the new revision."""
    result = session.execute(
        update(model)
        .where(model.id == record_id, model.revision == expected)
        .values(**values, revision=expected + 1, updated_at=utc_now())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = session.get(model, record_id, populate_existing=True)
        raise RevisionConflictError(
            record_id, expected, None if current is None else current.revision
        )
    return expected + 1
