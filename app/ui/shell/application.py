"""Starting the GUI: the QApplication, the database (or what to do when it cannot be
opened), one window per file, the log file and the error dialog."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.domain.errors import DatabaseError
from app.paths import APP_NAME, default_database, resource_file, user_dirs
from app.services.opening import database_path
from app.ui import build_main_window
from app.ui.common.contrast import readable_palette
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill
from app.ui.shell.settings import ORGANISATION

if TYPE_CHECKING:
    from app.ui.shell.leaving import SignalRelay
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.single_instance import SingleInstance

translate = QCoreApplication.translate

# The patterns in brackets are not texts: a translation keeps them as they are.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "Application", "Practice Catalogue databases (*.db *.sqlite);;All files (*)"
)


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
    application.setWindowIcon(QIcon(str(resource_file("practice-catalogue.png"))))
    application.setPalette(readable_palette(application.palette()))  # WCAG AA text contrast
    return application


def open_window(database: str | None) -> MainWindow | None:
    """The main window on ``database`` (default: the user's), or None if the person quits.

    A file that cannot be opened is never changed: the person is told why and chooses to
    restore a backup (the file is set aside, renamed), open another, or start a new one.
    """
    target: str = database if database is not None else str(default_database())
    create = database is None
    while True:
        try:
            return build_main_window(target, create_parent=create)
        except DatabaseError as error:
            # Only when the file cannot be opened: not imported on the way to the first paint.
            from PySide6.QtWidgets import QFileDialog

            from app.services.backups import put_back
            from app.ui.safety.open_problem import Choice, OpenProblemDialog, set_damaged_file_aside

            try:
                path: Path | None = database_path(target)
            except DatabaseError:
                path = None
            dialog = OpenProblemDialog(path, str(error))
            dialog.exec()
            if dialog.choice is Choice.RESTORE and path is not None and dialog.latest:
                set_damaged_file_aside(path)
                put_back(dialog.latest.path, path)
            elif dialog.choice is Choice.OPEN_OTHER:
                chosen, _ = QFileDialog.getOpenFileName(
                    None,
                    translate("Application", "Open a Database"),
                    "",
                    translate("Application", FILE_FILTER),
                )
                if chosen:
                    target, create = chosen, False
            elif dialog.choice is Choice.NEW_ELSEWHERE:
                new = _new_database_path()
                if new:
                    target, create = new, False
            else:
                return None


def _new_database_path() -> str | None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    chosen, _ = QFileDialog.getSaveFileName(
        None,
        translate("Application", "Start a New Database"),
        "catalogue.db",
        translate("Application", FILE_FILTER),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if chosen and Path(chosen).exists():
        QMessageBox.warning(
            None,
            translate("Application", "That file exists"),
            translate("Application", "Choose a name that is not taken: nothing is overwritten."),
        )
        return None
    return chosen or None


class Started(NamedTuple):
    """A window shown by ``start_window``, and what ``run_gui`` releases when it closes."""

    application: QApplication
    window: MainWindow
    instance: SingleInstance
    relay: SignalRelay


def start_window(database: str | None, language: str | None = None) -> Started | int:
    """Everything ``run_gui`` does before the event loop: the language, the log, the
    single-instance lock, the window, shown. An exit code instead when there is no window
    (the file is open in another window, or the person gave up). The start-up benchmark
    (``tests/benchmarks/probe.py``) times exactly this."""
    from app.ui.common.translation import chosen_language, install_language
    from app.ui.shell import start_log
    from app.ui.shell.error_report import install
    from app.ui.shell.interface_log import log_interface
    from app.ui.shell.leaving import SignalRelay
    from app.ui.shell.settings import open_settings
    from app.ui.shell.single_instance import SingleInstance

    application = make_application()
    install_language(chosen_language(language, open_settings()))
    log = start_log.hold(lambda: user_dirs().logs)  # the file opens once the window is up
    install()
    try:
        path = database_path(database) if database is not None else default_database()
    except DatabaseError as error:
        from PySide6.QtWidgets import QMessageBox  # dialogs: imported only when needed

        QMessageBox.critical(
            None,
            translate("Application", "Practice Catalogue"),
            fill(translate("Application", "The database could not be opened: %1"), str(error)),
        )
        return 1
    instance = SingleInstance(path)
    if not instance.claim():
        return 0  # the window already open on this file was brought to the front
    window = open_window(database)
    if window is None:
        instance.release()
        return 1
    instance.activated.connect(window.bring_to_front)
    window.when_idle(log.open_file)  # after the first paint, in a pause of the person's
    log_interface(window)
    relay = SignalRelay(application)  # SIGTERM, SIGHUP, Ctrl+C: save and leave cleanly
    window.show()
    return Started(application, window, instance, relay)


def run_gui(database: str | None, language: str | None = None) -> int:
    """The window on ``database``; ``language`` (``--lang``) over the saved and system choice."""
    from app.ui.shell.restart import restart_requested, start_again

    started = start_window(database, language)
    if isinstance(started, int):
        return started
    code = started.application.exec()
    started.relay.close()
    started.instance.release()
    if restart_requested():
        start_again()  # View → Language: the new process speaks the saved choice
    return code
