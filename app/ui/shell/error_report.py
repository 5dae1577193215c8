"""Unexpected errors: written to a log file, shown in a dialog with "Copy details", and the
application goes on (Qt keeps running after an exception in a slot)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

if TYPE_CHECKING:  # the dialog is imported when an error is shown, not at start-up
    from PySide6.QtWidgets import QMessageBox

from app.ui.common.translation import fill

translate = QCoreApplication.translate

log = logging.getLogger("practice_catalogue")


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    box = QMessageBox(_parent())
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorReport", "Something went wrong"))
    # The error's own words stay English, as in the log: they are what support searches for.
    box.setText(fill(translate("ErrorReport", "An unexpected error happened: %1"), error))
    box.setInformativeText(
        translate(
            "ErrorReport",
            "Your notes are saved as you type, so nothing should be lost. The details are in"
            " the log file; please send them to whoever supports this application.",
        )
    )
    box.setDetailedText(details)
    # parented: PySide would collect it otherwise
    copy = QPushButton(translate("ErrorReport", "&Copy Details"), box)
    copy.setObjectName("copyErrorDetails")
    copy.setAccessibleDescription(
        translate("ErrorReport", "Copy the error's details to the clipboard, to send them")
    )
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button that does not close the box
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    _shown.append(box)  # a Python reference keeps it alive until it is closed
    box.finished.connect(lambda _result: _shown.remove(box))
    box.open()


_shown: list[QMessageBox] = []


def _parent() -> QWidget | None:
    active = QApplication.activeWindow()
    if active is not None:
        return active
    return next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)


def install() -> Callable[..., None]:
    """Route uncaught exceptions (GUI thread and workers) to ``report``; returns the old hook."""
    previous = sys.excepthook
    sys.excepthook = report
    return previous
