"""Screenshots for the accessibility review: the main window (a practice and its note open),
the note editor and the field-test matrix, at 200 % scale and with a large font, offscreen.

    uv run python -m build_scripts.accessibility_shots [--lang de] [--out build/accessibility-shots]

Each variant runs in a process of its own (``QT_SCALE_FACTOR`` is read when Qt starts) on a
fresh seeded database in a temporary folder, with its own HOME: nothing of the person's is read
or written. The windows get the logical size a 1920×1080 screen leaves at that scale (or a
1366×768 laptop's with the large font). Look at the PNGs: what is cut off, what overlaps.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

VARIANTS = {
    # name: (environment, application font in points or None, window's logical size)
    "normal": ({}, None, (1366, 768)),
    "scale200": ({"QT_SCALE_FACTOR": "2"}, None, (960, 540)),
    "font20pt": ({}, 20, (1366, 768)),
}


def shoot(variant: str, out: Path, language: str) -> None:
    """In this process: build the windows and save their pictures (Qt is started here)."""
    _environment, font_points, (width, height) = VARIANTS[variant]
    sandbox = Path(tempfile.mkdtemp(prefix="a11y-shots-"))
    os.environ["HOME"] = str(sandbox)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(sandbox / name.lower())
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.db.engine import Sessions
    from app.services.opening import open_database
    from app.ui import build_main_window
    from app.ui.shell.application import make_application
    from tests.factories import add_note, practice_id

    application = make_application()
    if font_points is not None:
        font = application.font()
        font.setPointSize(font_points)
        application.setFont(font)
    database = open_database(sandbox / "catalogue.db").path
    sessions = Sessions(database)
    note = add_note(
        sessions, "Help desk", "Tartu", author="Mari Tamm", outcome="Firms came back twice",
        body="# Visit\n\nTen firms asked for a second meeting.", score_enterprises=4,
    )  # fmt: skip
    pid = practice_id(sessions, "Help desk")
    sessions.dispose()
    settings = QSettings(str(sandbox / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(database, settings=settings, language=language)
    window.resize(width, height)
    window.show()
    window.browse.select_practice(pid)
    window.notes.open_note(note)
    window.notes.editor.author.setFocus()  # the focus frame shows in the picture
    for _ in range(20):
        QApplication.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / f"{language}-{variant}-main.png"))
    window.notes.grab().save(str(out / f"{language}-{variant}-notes.png"))
    window.open_matrix()
    matrix = window.matrix
    assert matrix is not None
    matrix.resize(width, height)
    for _ in range(20):
        QApplication.processEvents()
    matrix.grab().save(str(out / f"{language}-{variant}-matrix.png"))
    window.shutdown()
    print(f"{variant}: {width}×{height} logical, device pixel ratio {window.devicePixelRatioF()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("build/accessibility-shots"))
    parser.add_argument("--lang", default="en", help="the interface's language (default: en)")
    parser.add_argument("--variant", choices=VARIANTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        shoot(args.variant, args.out, args.lang)
        return 0
    failed = 0
    for variant, (environment, _font, _size) in VARIANTS.items():
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment}
        command = [sys.executable, "-m", "build_scripts.accessibility_shots"]
        options = ["--variant", variant, "--out", str(args.out), "--lang", args.lang]
        done = subprocess.run([*command, *options], env=env)
        failed += done.returncode != 0
    print(f"pictures in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
