"""Starting the GUI: the QApplication, the database, the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.db.errors import DatabaseError
from app.paths import APP_NAME, default_database
from app.ui import build_main_window
from app.ui.settings import ORGANISATION


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(sys.argv)
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName("Practice Catalogue")
    application.setOrganizationName(ORGANISATION)
    application.setApplicationVersion(__version__)
    application.setDesktopFileName("practice-catalogue")
    return application


def run_gui(database: str | None) -> int:
    application = make_application()
    try:
        if database is None:
            window = build_main_window(default_database(), create_parent=True)
        else:
            window = build_main_window(database)
    except DatabaseError as error:
        QMessageBox.critical(None, "Practice Catalogue cannot open the database", str(error))
        return 1
    window.show()
    return application.exec()
