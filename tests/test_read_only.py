"""A database on a read-only medium opens read-only: a banner says so, editing is off,
browsing and filtering work, and not a byte (nor a -wal/-shm file) is written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.engine import Sessions
from tests.factories import add_note

UNSHARE = shutil.which("unshare")
SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import build_main_window
from app.ui.core.actions import ActionName
from tests.gui_helpers import filter_to_sync
window = build_main_window(sys.argv[1], settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
pane = window.catalogue
found = filter_to_sync(window, "tartu")
window.notes.new_note()
print(json.dumps({
    "read_only": window.read_only,
    "idle_pending": window.idle.pending,
    "banner": window.banner.isVisible(),
    "title": window.windowTitle(),
    "new_note": window.registry[ActionName.NEW_NOTE].isEnabled(),
    "edit_practice": window.registry[ActionName.EDIT_PRACTICE].isEnabled(),
    "editor_open": window.notes.editor_stack.currentWidget() is window.notes.editor,
    "found": sorted(found),
}))
window.close()
"""


@pytest.fixture
def locked_folder(db_path: Path, sessions: Sessions) -> Iterator[Path]:
    add_note(sessions, "Help desk", "Tartu", body="Read me on a read-only stick")
    sessions.dispose()
    folder = Path(tempfile.mkdtemp(prefix="practice-ro-"))
    shutil.copy(db_path, folder / "catalogue.db")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def read_only_medium(folder: Path, command: list[str]) -> list[str]:
    """Run ``command`` with ``folder`` on a read-only medium: a read-only bind mount in a
    private user and mount namespace (root is refused too, with EROFS, as on a locked stick)."""
    script = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"'
    )
    return [str(UNSHARE), "--map-root-user", "--mount", "sh", "-c", script, "sh", *command]


def _can_mount() -> bool:
    if UNSHARE is None:
        return False
    probe = subprocess.run([UNSHARE, "--map-root-user", "--mount", "true"], check=False,
                           capture_output=True)  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(
    not _can_mount(), reason="needs user namespaces (unshare) for a read-only mount"
)
def test_read_only_database_opens_read_only(locked_folder: Path) -> None:
    database = locked_folder / "catalogue.db"
    before = database.read_bytes()
    home = Path(tempfile.mkdtemp(prefix="practice-ro-home-"))
    root = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-c", SCRIPT, str(database), str(home / "settings.ini")]
    result = subprocess.run(
        read_only_medium(locked_folder, command),
        capture_output=True, text=True, timeout=120, check=False, cwd=root,
        env=dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_DATA_HOME=str(home),
                 XDG_STATE_HOME=str(home), XDG_CACHE_HOME=str(home), QT_QPA_PLATFORM="offscreen",
                 PYTHONPATH=str(root)),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["read_only"] and report["banner"] and "(read-only)" in report["title"]
    assert not report["new_note"] and not report["edit_practice"] and not report["editor_open"]
    assert report["found"] == ["Help desk"]  # browsing and the filter still work
    assert report["idle_pending"] == 1  # the drafts offer; no backup, indexing or write path
    assert database.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["catalogue.db"]
    shutil.rmtree(home, ignore_errors=True)
