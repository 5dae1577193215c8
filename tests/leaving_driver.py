"""A real start of the window in its own process, for tests/test_leaving.py.

``seam DB``: build the window through ``app.ui.build_main_window``, show it, open the matrix,
start a search, and let the interpreter exit with the window still open (workers running).

``typing DB``: start the application as a person does (``run_gui``), select a practice, begin
a note and type into it, print ``typed``, and wait in the event loop for a signal.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow
from tests.gui_helpers import type_text

TYPED = "Typed during the workshop, never saved by hand"


def _window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def _first_practice(window: MainWindow) -> str:
    reader = window.reader
    category = reader.categories()[0].id
    return reader.practice_rows(reader.practice_keys(category)[:1]).popitem()[1].id


def seam(database: str) -> None:
    from app.ui import build_main_window
    from app.ui.shell.application import make_application

    application = make_application()
    window = build_main_window(database)
    window.show()
    window.open_matrix()
    window.catalogue.filter_edit.setText("training")
    application.processEvents()
    running = [t.objectName() for t in window.findChildren(QThread) if t.isRunning()]
    print("running " + " ".join(sorted(running)), flush=True)
    # No close, no exec: the interpreter exits with the window and its threads alive.


def typing(database: str) -> int:
    from app.ui.shell.application import run_gui

    def begin() -> None:
        window = _window()
        window.catalogue.select_practice(_first_practice(window))
        window.notes.new_note()
        window.notes.editor.region.setCurrentIndex(1)  # a region: a complete note, not a draft
        type_text(window.notes.editor.body, TYPED)
        print("typed", flush=True)

    QTimer.singleShot(0, begin)
    return run_gui(database)


if __name__ == "__main__":
    mode, database = sys.argv[1], sys.argv[2]
    if mode == "seam":
        seam(database)
    else:
        sys.exit(typing(database))
