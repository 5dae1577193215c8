"""The application used by a real assistive-technology client (AT-SPI, as Orca uses it), not
only by reading Qt properties: ``tests/atspi_client.py`` runs under the system's Python with
pyatspi, in its own D-Bus session and X server, starts the application from this environment,
types into the filter, selects a practice and its note, and reports what it found as JSON.

Without the client's pieces (python3-pyatspi, at-spi2-core, dbus-run-session, xvfb-run and
xauth) the test is skipped with the reason in the summary, except under CI (``CI`` set),
where a skip would hide that nothing was tested: there it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from tests.factories import add_note

CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, where python3-pyatspi installs
INSTALL = "Debian: apt-get install python3-pyatspi at-spi2-core dbus-daemon xvfb xauth"


def missing_pieces() -> str | None:
    """Why the AT-SPI client cannot run here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for program in ("xvfb-run", "xauth", "dbus-run-session"):
        if shutil.which(program) is None:
            return f"{program} is not installed ({INSTALL})"
    if not SYSTEM_PYTHON.is_file():
        return f"{SYSTEM_PYTHON} is missing: the client runs under the system's Python"
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi; from gi.repository import Atspi"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi ({INSTALL})"
    return None


@pytest.fixture(scope="module")
def client_ready() -> None:
    reason = missing_pieces()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the AT-SPI test: {reason}")
        pytest.skip(f"no AT-SPI client: {reason}")


def run_client(database: Path, query: str, practice: str) -> dict[str, Any]:
    env = {key: value for key, value in os.environ.items() if key != "DBUS_SESSION_BUS_ADDRESS"}
    env.pop("QT_QPA_PLATFORM", None)  # the client sets xcb: a real X window, a real bus
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
        "dbus-run-session", "--",
        str(SYSTEM_PYTHON), str(CLIENT), "--filter", query, "--practice", practice,
        "--", sys.executable, "-m", "app", "--db", str(database),
    ]  # fmt: skip
    finished = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the client printed no report:\n{finished.stdout}\n{finished.stderr[-3000:]}"
    report: dict[str, Any] = json.loads(lines[-1])
    assert "error" not in report, f"{report['error']}\n{finished.stderr[-3000:]}"
    assert finished.returncode == 0, finished.stderr[-3000:]
    return report


@pytest.mark.usefixtures("client_ready")
def test_a_screen_reader_finds_filters_selects_and_reads_a_note(
    db_path: Path, sessions: Sessions
) -> None:
    add_note(
        sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, author="Mari Tamm",
        outcome="Firms came back", body="Ten firms asked twice",
    )  # fmt: skip

    report = run_client(db_path, "help desk", "Help desk")

    assert report["application"] and report["window"].endswith("Practice Catalogue")
    # The filter is found by role and name, and what the client typed arrived.
    assert report["filter"]["role"] == "text" and report["filter"]["focusable"]
    assert report["filter_typed"] == "help desk"
    # The tree followed: the practice shows, under its category only.
    assert report["tree"]["name"] == "Practices by category" and report["tree"]["role"] == "tree"
    assert "Help desk" in report["tree_rows"] and len(report["tree_rows"]) == 2
    assert report["detail"]["text"].startswith("Help desk")
    assert report["notes_list"]["role"] == "table" and "Mari Tamm" in report["notes_rows"]
    # The editor's fields, found by role and name (combo boxes by their label: on Linux
    # their name is their value), each showing the note's value.
    fields = report["fields"]
    assert set(fields) == {"Region", "Date", "Status", "Author", "Outcome", "Note text"}
    roles = {label: field["role"] for label, field in fields.items()}
    assert roles == {
        "Region": "combo box", "Status": "combo box", "Date": "text", "Author": "text",
        "Outcome": "text", "Note text": "text",
    }  # fmt: skip
    assert all(field["showing"] and field["focusable"] for field in fields.values())
    assert fields["Region"]["labelled_by"] == "Region" and "Tartu" in fields["Region"]["name"]
    assert fields["Status"]["labelled_by"] == "Status" and "completed" in fields["Status"]["name"]
    assert "2012" in fields["Date"]["text"]  # (its format may follow the language)
    assert fields["Author"]["text"] == "Mari Tamm"
    assert fields["Outcome"]["text"] == "Firms came back"
    assert fields["Note text"]["text"] == "Ten firms asked twice"
    for label in ("Date", "Author", "Outcome"):
        assert fields[label]["labelled_by"] == label  # the visible label, tied by its buddy
    assert report["save_state"]["role"] == "label"
    assert report["exit_status"] == 0  # SIGTERM: the application saved and left cleanly
