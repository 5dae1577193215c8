"""PySide6 is spared reading every module's source (``app.ui.core.feature_scan``), which is
right only while no module of the application selects a PySide6 feature."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A module that names PySide6 (PySide6 would read it and mark it as switching features),
# imported after the scan is skipped; Qt's default API still answers from it.
SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from app.ui.core.feature_scan import skip_source_scan
first, second = skip_source_scan(), skip_source_scan()
import names_pyside
table = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({
    "skipped": [first, second],
    "selection": table.get("names_pyside"),
    "object_name": names_pyside.named(),
}))
"""

PROBE = """
from PySide6.QtCore import QObject


def named() -> str:
    thing = QObject()
    thing.setObjectName("probe")
    return thing.objectName()
"""


def test_no_module_of_the_application_selects_a_feature() -> None:
    selecting = re.compile(r"^\s*(from|import)\s+__feature__", re.MULTILINE)
    found = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "app").rglob("*.py"))
        if selecting.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_a_module_imported_after_is_not_read_and_sees_the_default_api(tmp_path: Path) -> None:
    (tmp_path / "names_pyside.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["skipped"] == [True, True]  # a second call changes nothing
    assert report["selection"] == -1  # as for a module that does not name PySide6 (read: 0)
    assert report["object_name"] == "probe"
