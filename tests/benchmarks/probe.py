"""One measured process: a bare PySide6 window, or the application's window on a database.

Run by ``tests.benchmarks`` as ``python -m tests.benchmarks.probe bare|app [DB] [QUERY...]``.
Prints one JSON line: when the window first painted (``time.time()``, compared by the parent
with the moment it started this process), peak memory, and, given queries, per-keystroke
filter latencies and the longest stretch the GUI thread went without running its event loop.
Imports are kept inside functions so the bare window pays only for Qt.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any


def _first_paint(widget: Any) -> float:
    """Show-and-wait until ``widget`` has painted once; returns that moment (time.time)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    loop = QEventLoop()
    moment: list[float] = []

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not moment:
                moment.append(time.time())
                loop.quit()
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    loop.exec()
    widget.removeEventFilter(watcher)
    return moment[0]


def bare() -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView

    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    tree = QTreeView()
    model = QStandardItemModel()
    for n in range(6):
        model.appendRow(QStandardItem(f"Category {n}"))
    tree.setModel(model)
    splitter.addWidget(tree)
    splitter.addWidget(QTextBrowser())
    window.setCentralWidget(splitter)
    window.resize(1180, 760)
    window.show()
    painted = _first_paint(tree.viewport())
    del application
    return {"painted_at": painted}


def app(database: str, queries: list[str]) -> dict[str, Any]:
    """What a person meets: ``practice-catalogue --db DATABASE`` (``app.__main__.main``: the
    command line read, then ``run_gui``'s own start: language from the settings or the system,
    the log, the single-instance lock, the window); the parent points the user's folders at a
    scratch folder."""
    from app.__main__ import before_window, parse_arguments

    args = parse_arguments(["--db", database])
    before_window()
    from app.ui.shell.application import start_window

    started = start_window(args.db, language=args.lang)
    if isinstance(started, int):
        raise SystemExit(f"no window: exit code {started}")
    window = started.window
    painted = _first_paint(window.catalogue.tree.viewport())
    report: dict[str, Any] = {"painted_at": painted, "rows": window.catalogue.model.rowCount()}
    if queries:
        report.update(_filter_session(window, queries))
    window.close()
    started.relay.close()
    started.instance.release()
    return report


def matrix(database: str) -> dict[str, Any]:
    """Open the field-test matrix on the application's window: time to its first paint, and
    the repaint after scrolling to the middle and one page further."""
    import tempfile

    from PySide6.QtCore import QSettings

    from app.ui import build_main_window
    from app.ui.shell.application import make_application

    application = make_application()
    settings_file = tempfile.NamedTemporaryFile(suffix=".ini", delete=False).name  # noqa: SIM115
    window = build_main_window(
        database, settings=QSettings(settings_file, QSettings.Format.IniFormat)
    )
    window.show()
    _first_paint(window.catalogue.tree.viewport())
    started = time.perf_counter()
    window.open_matrix()
    table = window.matrix.findChild(object, "fieldTestMatrixTable")
    _first_paint(table.viewport())
    opened = time.perf_counter() - started
    scroll = table.verticalScrollBar()
    scrolls = []
    for position in (scroll.maximum() // 2, scroll.maximum() // 2 + 40, scroll.maximum() // 3):
        begun = time.perf_counter()
        scroll.setValue(position)
        table.viewport().repaint()
        scrolls.append((time.perf_counter() - begun) * 1000)
    window.close()
    del application
    return {"painted_at": time.time(), "open_ms": opened * 1000, "scroll_ms": scrolls}


def _filter_session(window: Any, queries: list[str]) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    from tests.gui_helpers import type_text

    pane = window.catalogue
    edit = pane.filter_edit
    gaps: list[float] = []
    ticker = QElapsedTimer()
    ticker.start()

    def tick() -> None:
        gaps.append(ticker.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    latencies: list[float] = []
    pause = int(os.environ.get("PROBE_PAUSE_MS", "0"))
    if pause:  # the person looks first: typing starts as the start's background work does
        waited = QTimer()
        waited.setSingleShot(True)
        loop = QEventLoop()
        waited.timeout.connect(loop.quit)
        waited.start(pause)
        loop.exec()
    ticker.restart()
    timer.start()
    for query in queries:
        edit.clear()
        for length in range(1, len(query) + 1):
            started = time.perf_counter()
            type_text(edit, query[length - 1])
            if not pane.settled:
                loop = QEventLoop()
                pane.filterApplied.connect(loop.quit)
                while not pane.settled:
                    loop.exec()
                pane.filterApplied.disconnect(loop.quit)
            pane.tree.viewport().repaint()
            latencies.append((time.perf_counter() - started) * 1000)
    timer.stop()
    return {"latencies_ms": latencies, "max_block_ms": max(gaps) - 5 if gaps else 0.0}


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        report = bare()
    elif mode == "matrix":
        report = matrix(sys.argv[2])
    else:
        report = app(sys.argv[2], sys.argv[3:])
    report["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report))


if __name__ == "__main__":
    main()
