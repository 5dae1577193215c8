"""An assistive-technology client for tests/test_atspi.py: it starts the application and uses
it through AT-SPI, as a screen reader does, then prints what it found as one JSON object.

Run by the system's Python (Debian: /usr/bin/python3 with python3-pyatspi), not the project's
environment, which cannot import pyatspi; inside ``dbus-run-session`` and an X server:

    xvfb-run -a dbus-run-session -- /usr/bin/python3 tests/atspi_client.py \\
        --filter "help desk" --practice "Help desk" -- .venv/bin/python -m app --db FILE

Steps: wait for the application on the AT-SPI desktop; find the filter by its role and
accessible name and type into it (EditableText, what an AT's "type" does); wait until the tree
shows the practice and select its row; select the first note of the notes list; read the note
editor's fields by role and name (a combo box's name on Linux is its value: Qt names it by its
label through the labelled-by relation, as Orca reads it). Every wait polls the tree under a
deadline. On failure the JSON has ``error`` (what was being looked for) and the exit status is 1.

Only the standard library and pyatspi: it must not import the application's code.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi

DEADLINE_S = 40.0  # for each wait: a cold start of the application under Xvfb takes a few s
POLL_S = 0.1
FIELDS = ("Region", "Date", "Status", "Author", "Outcome", "Note text")
FIELD_ROLES = {"text", "combo box", "entry", "spin button"}


class NotFoundError(Exception):
    """What the client waited for did not appear in time."""


def wait_for(what: str, probe: Callable[[], Any], deadline_s: float = DEADLINE_S) -> Any:
    """Poll ``probe`` until it returns something truthy; NotFoundError(what) after the deadline."""
    end = time.monotonic() + deadline_s
    while True:
        try:
            found = probe()
        except Exception:  # an object that went away mid-walk (GLib.Error): try again
            found = None
        if found:
            return found
        if time.monotonic() > end:
            raise NotFoundError(what)
        time.sleep(POLL_S)


def fresh(accessible: Any) -> Any:
    """Drop the client-side cache under ``accessible``: names and children change."""
    accessible.clear_cache()
    return accessible


def showing(accessible: Any) -> bool:
    return bool(accessible.getState().contains(pyatspi.STATE_SHOWING))


def label_of(accessible: Any) -> str:
    """The name of the label this object is labelled by ('' if none)."""
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for position in range(relation.getNTargets()):
                return str(relation.getTarget(position).name)
    return ""


def text_of(accessible: Any) -> str | None:
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def describe(accessible: Any) -> dict[str, Any]:
    return {
        "role": accessible.getRoleName(),
        "name": accessible.name,
        "labelled_by": label_of(accessible),
        "description": accessible.description,
        "showing": showing(accessible),
        "focusable": bool(accessible.getState().contains(pyatspi.STATE_FOCUSABLE)),
        "text": text_of(accessible),
    }


def find(root: Any, role: str, name: str) -> Any:
    """The first object below ``root`` with this role name and accessible name (or label)."""
    return pyatspi.findDescendant(
        fresh(root),
        lambda a: (
            a is not None
            and a.getRoleName() == role
            and name in (a.name, label_of(a) if a.getRoleName() in FIELD_ROLES else None)
        ),
    )


def cells(table: Any) -> list[Any]:
    fresh(table)
    found = (table.getChildAtIndex(i) for i in range(table.childCount))
    return [cell for cell in found if cell is not None and cell.getRoleName() == "table cell"]


def select_row_of(table: Any, cell: Any) -> None:
    """Select the row of ``cell`` as an AT does: the Table interface, by the cell's row."""
    from gi.repository import Atspi

    _ok, row, _column = Atspi.TableCell.get_position(cell)
    table.queryTable().addRowSelection(row)


def application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(index)
        if candidate is not None and candidate.get_process_id() == pid:
            return candidate
    return None


def walk(pid: int, query: str, practice: str) -> dict[str, Any]:
    report: dict[str, Any] = {}
    app = wait_for("the application on the AT-SPI desktop", lambda: application(pid))
    report["application"] = app.name
    frame = wait_for(
        "the main window (a showing frame)",
        lambda: next((w for w in fresh(app) if w.getRoleName() == "frame" and showing(w)), None),
    )
    report["window"] = frame.name

    filter_box = wait_for(
        "the filter: text 'Filter practices'", lambda: find(frame, "text", "Filter practices")
    )
    report["filter"] = describe(filter_box)
    filter_box.queryEditableText().insertText(0, query, len(query))
    report["filter_typed"] = text_of(filter_box)

    tree = wait_for(
        "the tree: tree 'Practices by category'",
        lambda: find(frame, "tree", "Practices by category"),
    )
    report["tree"] = describe(tree)
    row = wait_for(
        f"the practice {practice!r} in the filtered tree",
        lambda: next((c for c in cells(tree) if c.name == practice), None),
    )
    report["tree_rows"] = [cell.name for cell in cells(tree)]
    select_row_of(tree, row)

    detail = wait_for(
        f"the detail pane showing {practice!r}",
        lambda: (
            (d := find(frame, "label", "Practice details"))
            and (text_of(d) or "").startswith(practice)
            and d
        ),
    )
    report["detail"] = {**describe(detail), "text": (text_of(detail) or "")[:80]}

    notes = wait_for(
        "the notes list: table 'Test notes'", lambda: find(frame, "table", "Test notes")
    )
    report["notes_list"] = describe(notes)
    first = wait_for("a note in the notes list", lambda: next(iter(cells(notes)), None))
    report["notes_rows"] = [cell.name for cell in cells(notes)]
    select_row_of(notes, first)

    fields: dict[str, Any] = {}
    for label in FIELDS:
        field = wait_for(
            f"the note editor's field {label!r}, showing",
            lambda label=label: next(
                (
                    f
                    for role in sorted(FIELD_ROLES)
                    if (f := find(frame, role, label)) is not None and showing(f)
                ),
                None,
            ),
        )
        fields[label] = describe(field)
    report["fields"] = fields
    save_state = wait_for("the label 'Save state'", lambda: find(frame, "label", "Save state"))
    report["save_state"] = describe(save_state)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--filter", required=True, help="what to type into the filter")
    parser.add_argument("--practice", required=True, help="the title the tree must then show")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the application's command")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen(command, env=env)
    try:
        report = walk(process.pid, args.filter, args.practice)
        status = 0
    except NotFoundError as missing:
        report, status = {"error": f"not found in {DEADLINE_S:.0f} s: {missing}"}, 1
    finally:
        process.send_signal(signal.SIGTERM)  # the application saves and leaves on SIGTERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    report["exit_status"] = process.returncode
    print(json.dumps(report, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
