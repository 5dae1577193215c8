"""Start-up stays light: on a database that is ready, the way to the first painted window
imports neither SQLAlchemy nor Alembic (each costs more than a bare Qt window's whole
start-up here), nor what only later use needs: the note editor (built when a practice is
first shown), the matrix's services, the Markdown code, sockets, ``subprocess``, the log
file's handler and the user folders' lookup (``--db`` given).
Timings are the benchmark's business (``python -m tests.benchmarks``), not these tests'."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# The start a person meets (``app.__main__.main``: the command line, then ``run_gui`` up to
# the event loop), stopped at the first paint of the tree: which modules were imported by then.
SCRIPT = """
import json, sys
from tests.benchmarks.probe import _first_paint
from app.__main__ import before_window, parse_arguments
args = parse_arguments(["--db", sys.argv[1]])
before_window()
from app.ui.shell.application import start_window
started = start_window(args.db, language=args.lang)
window = started.window
_first_paint(window.catalogue.tree.viewport())
print(json.dumps({
    "modules": sorted(sys.modules),
    "rows": window.catalogue.model.rowCount(),
    "editor_built": window.findChild(object, "noteEditor") is not None,
    "read_for_features": sorted(  # modules PySide6 read the source of (app.ui.core.feature_scan)
        name for name, selection in sys.modules["shibokensupport.feature"]
        .pyside_feature_dict.items() if selection == 0 and name.startswith("app")
    ),
}))
window.close()
started.relay.close()
started.instance.release()
"""

NOT_BEFORE_THE_FIRST_PAINT = [
    "sqlalchemy",
    "alembic",
    "app.ui.notes.editor",
    "app.ui.notes.session",
    "app.ui.notes.conflict_bar",
    "app.services.notes.fields",
    "app.services.notes.views",
    "app.services.details",
    "app.services.search.query",
    "app.services.search.fts",
    "app.services.reports.words",
    "app.services.reports.selection",
    "app.ui.notes.unsaved",
    "app.services.matrix",
    "app.ui.matrix.window",
    "app.ui.common.markdown",
    "app.ui.practice.document",
    "app.ui.shell.restart",
    "app.ui.common.long_task",
    "app.ui.common.status",
    "app.domain.enums",
    "subprocess",
    # the log file opens after the first paint; the user folders are looked up then
    "logging.handlers",
    "socket",
    "platformdirs",
    # the server's driver: the unsynced count reads the local file alone
    "psycopg",
]


def first_paint(db_path: Path, tmp_path: Path) -> dict[str, object]:
    home = tmp_path / "home"
    folders = {
        name: home / name.lower()
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")
    }
    for folder in folders.values():
        folder.mkdir(mode=0o700, parents=True)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path)],
        capture_output=True,
        text=True,
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            **{name: str(folder) for name, folder in folders.items()},
        ),
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_first_paint_imports_only_what_it_shows(db_path: Path, tmp_path: Path) -> None:
    report = first_paint(db_path, tmp_path)
    assert report["rows"] == 6
    modules = set(report["modules"])  # type: ignore[call-overload]
    early = [name for name in NOT_BEFORE_THE_FIRST_PAINT if name in modules]
    assert early == []
    assert report["editor_built"] is False  # the editor's place shows a hint until then
    assert report["read_for_features"] == []
