"""Counted texts (``translate(ctx, text, None, count)``) reach the ``.ts`` files as numerus
messages, whatever the count is written as: lupdate alone reads a name there as Qt 4's encoding
argument (a plain text) and drops the text when the count is a call."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from build_scripts.lupdate_plurals import lupdate_copies, lupdate_text
from build_scripts.translations import tool

SOURCE = """from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def texts(count, notes, pane):
    return [
        translate("Ctx", "%n by name(s)", None, count),
        translate("Ctx", "%n by call(s) — ü", None, len(notes)),
        QCoreApplication.translate(
            "Ctx",
            "%n by attribute(s)",
            "with a comment",
            pane.model.total,
        ),
        translate("Ctx", "%n literal(s)", None, 2),
        translate("Ctx", "Not counted"),
    ]
"""


def collected(tmp_path: Path, source: str) -> dict[str, bool]:
    """Each text lupdate collects from ``source`` (as the build script hands it over), and
    whether it is numerus."""
    code = tmp_path / "app" / "texts.py"
    code.parent.mkdir()
    code.write_text(source, encoding="utf-8")
    scratch = tmp_path / "scratch"
    [handed] = lupdate_copies([code], tmp_path, scratch)
    catalogue = tmp_path / "texts.ts"
    subprocess.run(
        [str(tool("lupdate")), "-silent", str(handed), "-ts", str(catalogue)], check=True
    )
    return {
        message.findtext("source", ""): message.get("numerus") == "yes"
        for message in ET.parse(catalogue).getroot().iter("message")
    }


def test_counted_texts_are_collected_as_numerus(tmp_path: Path) -> None:
    assert collected(tmp_path, SOURCE) == {
        "%n by name(s)": True,
        "%n by call(s) — ü": True,
        "%n by attribute(s)": True,
        "%n literal(s)": True,
        "Not counted": False,
    }


def test_only_the_counts_change_and_lines_stay_put() -> None:
    handed = lupdate_text(SOURCE)
    assert handed.count("\n") == SOURCE.count("\n")
    assert 'translate("Ctx", "%n by call(s) — ü", None, 1),' in handed
    assert "pane.model.total" not in handed and "len(notes)" not in handed
    untouched = 'translate("Ctx", "Not counted")\n'
    assert lupdate_text(untouched) == untouched
