"""A person typing into a new note, as a separate process (run by test_crash_recovery).

``python -m tests.typist DB SETTINGS valid|invalid`` opens the window, starts a note on "Help
desk" and types one word every 100 ms, printing ``typed N MONOTONIC`` after each, until it is
killed. ``invalid`` leaves the region empty, so only drafts can keep the text.
``python -m tests.typist DB SETTINGS reopen`` starts again and prints what it finds as JSON.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.ui import build_main_window
from tests.gui_helpers import type_text

PRACTICE = "Help desk"


def word(n: int) -> str:
    return f"w{n:04d}"


def _practice_id(window) -> str:  # type: ignore[no-untyped-def]
    for category in window.reader.categories():
        for key in window.reader.practice_keys(category.id):
            row = window.reader.practice_rows([key])[key]
            if row.title == PRACTICE:
                return row.id
    raise LookupError(PRACTICE)


def type_words(window, valid: bool) -> None:  # type: ignore[no-untyped-def]
    window.catalogue.select_practice(_practice_id(window))
    window.notes.new_note()
    editor = window.notes.editor
    editor.region.setCurrentIndex(1 if valid else 0)
    body = editor.body
    count = [0]

    def one() -> None:
        type_text(body, word(count[0]) + " ")
        print(f"typed {count[0]} {time.monotonic():.3f}", flush=True)
        count[0] += 1

    timer = QTimer(window)
    timer.timeout.connect(one)
    timer.start(100)


def reopen(window) -> None:  # type: ignore[no-untyped-def]
    def report() -> None:
        dialog = window.findChild(object, "draftsDialog")
        notes = window.reader.notes(_practice_id(window))
        print(
            json.dumps(
                {
                    "drafts_offered": dialog is not None and dialog.isVisible(),
                    "drafts": len(window.reader.drafts()),
                    "notes": [window.reader.note(n.id).body for n in notes],
                }
            ),
            flush=True,
        )
        window.close()
        QApplication.quit()

    # The drafts are offered once the window is up and the person pauses (about 1.5 s).
    waited = [0]

    def look() -> None:
        dialog = window.findChild(object, "draftsDialog")
        waited[0] += 1
        if (dialog is not None and dialog.isVisible()) or waited[0] > 100:
            report()
        else:
            QTimer.singleShot(100, look)

    QTimer.singleShot(100, look)


def main() -> None:
    database, settings, mode = sys.argv[1:4]
    application = QApplication(sys.argv[:1])
    window = build_main_window(database, settings=QSettings(settings, QSettings.Format.IniFormat))
    window.show()
    if mode == "reopen":
        reopen(window)
    else:
        type_words(window, valid=mode == "valid")
    application.exec()


if __name__ == "__main__":
    main()
