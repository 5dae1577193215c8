"""Start-up stays light: on a database that is ready, opening the window imports neither
SQLAlchemy nor Alembic (each costs more than a bare Qt window's whole start-up here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import build_main_window
window = build_main_window(sys.argv[1], settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(json.dumps({
    "sqlalchemy": "sqlalchemy" in sys.modules,
    "alembic": "alembic" in sys.modules,
    "rows": window.catalogue.model.rowCount(),
}))
window.close()
"""


def test_ready_database_opens_without_sqlalchemy(db_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"sqlalchemy": False, "alembic": False, "rows": 6}
