"""The SQL ``WHERE`` conditions of a selection, shared by every report.

Conditions use ``?`` parameters only; table aliases are ``p`` for practices and the alias the
caller names for test notes.
"""

from __future__ import annotations

from app.services.reports.selection import ReportSelection

Clause = tuple[str, list[object]]


def note_conditions(selection: ReportSelection, alias: str = "n") -> Clause:
    """Conditions on a note: not in the trash, in the region and the period selected."""
    parts = [f"{alias}.deleted_at IS NULL"]
    params: list[object] = []
    if selection.region_id is not None:
        parts.append(f"{alias}.region_id = ?")
        params.append(selection.region_id)
    if selection.since is not None:
        parts.append(f"{alias}.date >= ?")
        params.append(selection.since.isoformat())
    if selection.until is not None:
        parts.append(f"{alias}.date <= ?")
        params.append(selection.until.isoformat())
    return " AND ".join(parts), params


def practice_conditions(selection: ReportSelection, *, needs_notes: bool) -> Clause:
    """Conditions on a practice ``p``: its category, itself, its selection for the final
    catalogue, and, with ``needs_notes`` and a region selected, at least one selected note (a
    region's report shows what it tested)."""
    parts = ["1"]
    params: list[object] = []
    if selection.selected_only:
        parts.append("p.selected = 1")
    if selection.category_id is not None:
        parts.append("p.category_id = ?")
        params.append(selection.category_id)
    if selection.practice_id is not None:
        parts.append("p.id = ?")
        params.append(selection.practice_id)
    if needs_notes and selection.region_id is not None:
        notes, note_params = note_conditions(selection, "x")
        parts.append(f"EXISTS (SELECT 1 FROM test_notes x WHERE x.practice_id = p.id AND {notes})")
        params.extend(note_params)
    return " AND ".join(parts), params
