"""One line in the log at each start: the interface language, the catalogues found for it and
the menu titles the window shows.

For support ("the window stays English although I chose German": was a catalogue found, and
where?), and for the frozen build's smoke test (build_scripts/smoke_test.py), which starts the
executable with ``--lang de`` and compares these titles with the German catalogue's.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtWidgets import QMainWindow

from app.ui.common.translation import current_language, loaded_catalogues

log = logging.getLogger("practice_catalogue.interface")


def log_interface(window: QMainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    log.info(
        "interface language %s; menus %s; catalogues %s",
        current_language(),
        json.dumps(titles, ensure_ascii=False),
        json.dumps(loaded_catalogues(), ensure_ascii=False),
    )
