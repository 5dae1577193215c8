"""Marking practices as selected for the final catalogue: revision-checked writes.

``set_selected`` is the strict compare-and-set every practice write is. ``choose`` is what a
click on a checkbox does with it: the person saw the box in one state and asked for the
other, so when the practice changed elsewhere in between it reads the stored state again:

- the stored flag already says what was asked (someone else ticked it too): nothing to write;
- otherwise only other fields changed (texts edited in another window): the flag is written
  at the stored revision, which overwrites nothing anybody wrote.

Either way the answer is the state now stored, which the caller shows. The flag travels in
exchange files with the practice and merges with it by revision, like every other field.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Sessions
from app.domain.errors import RevisionConflictError
from app.domain.models import Practice
from app.services.revisions import write_if_current


@dataclass(frozen=True, slots=True)
class SelectionState:
    practice_id: str
    selected: bool
    revision: int
    written: bool  # False: the stored flag already said so


def set_selected(sessions: Sessions, practice_id: str, selected: bool, expected: int) -> int:
    """Set the flag if the practice is still at revision ``expected``; returns the new
    revision. Raises ``RevisionConflictError`` when it is not (or no longer exists)."""
    with sessions.write() as session:
        return write_if_current(session, Practice, practice_id, expected, {"selected": selected})


def choose(sessions: Sessions, practice_id: str, selected: bool, seen: int) -> SelectionState:
    """A person asked for ``selected`` on a practice seen at revision ``seen``."""
    try:
        revision = set_selected(sessions, practice_id, selected, seen)
        return SelectionState(practice_id, selected, revision, True)
    except RevisionConflictError as conflict:
        if conflict.found is None:
            raise
    with sessions.write() as session:
        current = session.get(Practice, practice_id)
        if current is None:
            raise RevisionConflictError(practice_id, seen, None)
        if current.selected == selected:
            return SelectionState(practice_id, selected, current.revision, False)
        values: dict[str, object] = {"selected": selected}
        revision = write_if_current(session, Practice, practice_id, current.revision, values)
        return SelectionState(practice_id, selected, revision, True)
