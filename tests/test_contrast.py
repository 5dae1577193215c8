"""Text contrast at WCAG AA (4.5:1) in the default palette and in the application's own
colours, and status never shown by colour alone.

Every colour literal under app/ui must be listed here (as text on a ground, or as a ground or
a line): a new colour fails ``test_every_colour_in_the_ui_is_reviewed`` until it is checked.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.matrix.export import STATUS_COLOURS
from app.ui.common.contrast import AA_NORMAL, GROUPS, TEXT_PAIRS, contrast_ratio, readable_palette
from app.ui.common.status import STATUS_SYMBOLS
from app.ui.matrix.columns import FIRST_REGION, Column
from app.ui.matrix.window import MatrixWindow
from tests.factories import add_note

UI = Path(__file__).parent.parent / "app" / "ui"
WHITE, WINDOW = "#ffffff", "#efefef"  # Base and Window of the default (Fusion) palette
BLACK = "#000000"

# (text, ground, where): text drawn by the application in colours of its own.
TEXT_COLOURS = [
    (BLACK, "#fff4d6", "read-only banner, conflict bars (palette text on the yellow)"),
    ("#800000", WINDOW, "note editor's field errors (Qt.darkRed)"),
    ("#8b0000", WINDOW, "region dialog's problem (CSS darkred)"),
    ("#a40000", WINDOW, "sync sign-in error"),
    ("#6b6b6b", WHITE, "empty and hint texts in the detail pane, preview, reports"),
    ("#555555", WHITE, "table headings and dates in the detail pane and reports"),
    ("#444444", WHITE, "report subtitle"),
    ("#1f3a5f", WHITE, "report headings"),
    (BLACK, "#e9eef4", "report note heading band"),
    *((BLACK, colour, f"matrix cell: {status}") for status, colour in STATUS_COLOURS.items()),
]
# Colours that are not text on a ground of their own: borders and rules.
NOT_TEXT = {"#e0b84c": "border of the banner and conflict bars", "#b0b0b0": "PDF rule"}
NAMED = {"darkred": "#8b0000", "darkRed": "#800000"}


def _pairs(palette: QPalette) -> Iterator[tuple[str, float]]:
    for group in GROUPS:
        for text, ground, _moving in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, ground))
            yield f"{group.name} {text.name} on {ground.name}", ratio


def test_the_started_applications_palette_reads_at_aa() -> None:
    """The palette ``make_application`` sets (a process of its own: the tests' QApplication is
    pytest-qt's), on the platform Qt has where the desktop gives no theme."""
    code = (
        "import json; from app.ui.shell.application import make_application;"
        "from tests.test_contrast import _pairs;"
        "print(json.dumps(dict(_pairs(make_application().palette()))))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    ratios = json.loads(shown.stdout.strip().splitlines()[-1])
    assert len(ratios) == len(GROUPS) * len(TEXT_PAIRS)
    assert {pair: ratio for pair, ratio in ratios.items() if ratio < AA_NORMAL} == {}


def test_fusions_own_palette_falls_short_and_is_mended() -> None:
    fusion = QStyleFactory.create("Fusion").standardPalette()
    short = {pair for pair, ratio in _pairs(fusion) if ratio < AA_NORMAL}
    assert "Active HighlightedText on Highlight" in short  # white on #308cc6: 3.7
    mended = readable_palette(fusion)
    assert [pair for pair, ratio in _pairs(mended) if ratio < AA_NORMAL] == []
    # Only what fell short moved: the text and grounds that read well are the same colours.
    active = QPalette.ColorGroup.Active
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert mended.color(active, role) == fusion.color(active, role)
    assert mended.color(active, QPalette.ColorRole.HighlightedText) == QColor(WHITE)


def test_a_dark_theme_is_mended_toward_white() -> None:
    dark = QPalette(QColor("#303030"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5a5a5a"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    mended = readable_palette(dark)
    assert [pair for pair, ratio in _pairs(mended) if ratio < AA_NORMAL] == []
    placeholder = mended.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    assert placeholder.lightness() > QColor("#5a5a5a").lightness()


@pytest.mark.parametrize(("text", "ground", "where"), TEXT_COLOURS)
def test_the_applications_own_text_colours_read_at_aa(text: str, ground: str, where: str) -> None:
    assert contrast_ratio(QColor(text), QColor(ground)) >= AA_NORMAL, where


def test_every_colour_in_the_ui_is_reviewed() -> None:
    reviewed = {c.lower() for pair in TEXT_COLOURS for c in pair[:2]} | set(NOT_TEXT)
    found: dict[str, str] = {}
    for path in UI.rglob("*.py"):
        if path.name == "contrast.py":  # names Fusion's colours in its explanation
            continue
        source = path.read_text(encoding="utf-8")
        for colour in re.findall(r"#[0-9a-fA-F]{6}\b", source):
            found.setdefault(colour.lower(), path.name)
        for name, colour in NAMED.items():
            if re.search(rf"\b{name}\b", source):
                found.setdefault(colour, path.name)
    found.update({c.lower(): "STATUS_COLOURS" for c in STATUS_COLOURS.values()})
    assert {c: where for c, where in found.items() if c not in reviewed} == {}


def test_the_matrix_says_status_in_symbols_not_colour_alone(
    qtbot, db_path: Path, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    regions = ["Tartu", "Namur", "Malta", "Slovenia"]
    for status, region in zip(NoteStatus, regions, strict=True):
        add_note(sessions, "Help desk", region, status=status)
    window = MatrixWindow(db_path, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        model = window.model
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, Column.PRACTICE).data() == "Help desk"
        )
        shown = {}
        for offset, region in enumerate(model.regions):
            index = model.index(row, FIRST_REGION + offset)
            if region.name in regions:
                shown[region.name] = index.data()
        assert len(set(STATUS_SYMBOLS.values())) == len(STATUS_SYMBOLS)  # one symbol each
        for status, region in zip(NoteStatus, regions, strict=True):
            assert shown[region] == f"{STATUS_SYMBOLS[status.value]} 1", shown
        legend = window.legend.text()
        assert all(symbol in legend for symbol in STATUS_SYMBOLS.values())
    finally:
        window.shutdown()
