"""For test_error_report: a window whose slot raises; prints what a person would see."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui import build_main_window
from app.ui.shell.error_report import install
from app.ui.shell.log_file import start_logging


def main() -> None:
    database, folder = sys.argv[1], Path(sys.argv[2])
    application = QApplication(sys.argv[:1])
    log_file = start_logging(folder)
    install()
    window = build_main_window(
        database, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    window.show()

    def fail() -> None:
        raise RuntimeError("a bug in a slot")

    def look() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog"), None
        )
        copy = dialog.findChild(QPushButton, "copyErrorDetails") if dialog else None
        if copy is not None:
            copy.click()
        print(
            json.dumps(
                {
                    "dialog": dialog is not None and dialog.isVisible(),
                    "text": dialog.text() if dialog else "",
                    "clipboard_has_trace": "Traceback" in QApplication.clipboard().text(),
                    "window_alive": window.isVisible(),
                    "logged": "a bug in a slot" in log_file.read_text(encoding="utf-8"),
                }
            )
        )
        window.close()
        application.quit()

    window.catalogue.filter_edit.textChanged.connect(lambda _text: fail())
    QTimer.singleShot(0, lambda: window.catalogue.filter_edit.setText("x"))
    QTimer.singleShot(300, look)
    application.exec()


if __name__ == "__main__":
    main()
