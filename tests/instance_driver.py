"""The first instance on a database, for test_single_instance: claims the file, prints
"first", and prints "activated" (then quits) when a later start knocks."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell.single_instance import SingleInstance


def main() -> None:
    application = QApplication(sys.argv[:1])
    instance = SingleInstance(Path(sys.argv[1]))
    if not instance.claim():
        print("not first", flush=True)
        return

    def knocked() -> None:
        print("activated", flush=True)
        instance.release()
        application.quit()

    instance.activated.connect(knocked)
    QTimer.singleShot(60_000, application.quit)  # never hang a test run
    print("first", flush=True)
    application.exec()


if __name__ == "__main__":
    main()
