"""How long the window is held while the detail pane renders hostile Markdown. Not pytest.

    QT_QPA_PLATFORM=offscreen uv run python -m tests.benchmarks.render_bench [--only NAME]

For each text a practice is shown in a real ``PracticeDetailView`` (800 × 600) while a 1 ms
QTimer ticks on the GUI thread; the longest gap between two ticks, from the selection to the
finished document laid out and painted, is how long the window could not answer. Budget:
100 ms. Also printed: the time until the text is shown, and the process's peak memory.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

BUDGET_MS = 100.0

CASES: dict[str, Callable[[], str]] = {
    "nested list, n = 5,000 (10 KB)": lambda: "- " * 5_000 + "x",
    "nested list, n = 500,000 (1 MB)": lambda: "- " * 500_000 + "x",
    "nested quotes, 300 lines": lambda: "".join("> " * i + "q\n" for i in range(300)),
    "indented lists, 2,000 levels": lambda: "".join("  " * i + "- x\n" for i in range(2_000)),
    "flat list, 25,000 items": lambda: "- x\n" * 25_000,
    "8 nested on each of 5,000 lines": lambda: "- - - - - - - - x\n" * 5_000,
    "table, 20,000 rows": lambda: "|a|b|c|\n|-|-|-|\n" + "|1|2|3|\n" * 20_000,
    "table, 1 column without pipes, 50,000 rows": lambda: "|a|\n|-|\n" + "a\n" * 50_000,
    "table, 128 columns, 1,000 rows": lambda: (
        ("|a" * 128 + "|\n") + ("|-" * 128 + "|\n") + ("|1" * 128 + "|\n") * 1_000
    ),
    "tables, 500 of 3 rows": lambda: "|a|b|\n|-|-|\n|1|2|\n|3|4|\n|5|6|\n\n" * 500,
    "plain text, 5 MB": lambda: ("word " * 15 + "\n") * 66_000,
    "one word, 1 MB": lambda: "a" * 1_000_000,
    "links, 1 MB": lambda: "[a](http://127.0.0.1:9/x) " * 40_000,
    "code spans, 1 MB": lambda: "`a` " * 250_000,
    "emphasis, 1 MB": lambda: "*a **b " * 140_000,
    "fenced code, 1 MB": lambda: "```\n" + "code line\n" * 100_000 + "```\n",
    "headings, 1 MB": lambda: "# h\n" * 250_000,
    "images, 100 KB": lambda: "![alt](http://127.0.0.1:9/i.png) " * 3_000,
}


def measure(application: QApplication, name: str, text: str) -> tuple[float, float]:
    from app.services.details import PracticeDetail
    from app.ui.practice.detail_view import PracticeDetailView

    view = PracticeDetailView()
    view.resize(800, 600)
    view.show()
    application.processEvents()
    detail = PracticeDetail(
        id=name, key=1, title=name, subtitle="", category_id="c", category_name="C",
        summary="", description=text, service_type="unknown", origin_region=None, source="",
        selected=False, revision=1, updated_at=datetime.now(UTC),
    )  # fmt: skip
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    view.rendered.connect(loop.quit)
    view.show_practice(detail)
    if view.rendering:
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
    view.viewport().repaint()  # lay out and paint the finished document
    shown = time.perf_counter() - start
    application.processEvents()
    ticks.append(time.perf_counter())
    timer.stop()
    gap = max(b - a for a, b in itertools.pairwise(ticks))
    view.close()
    view.deleteLater()
    return gap * 1000, shown


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.render_bench")
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    application = QApplication(sys.argv[:1])
    worst = 0.0
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        gap, shown = measure(application, name, make())
        worst = max(worst, gap)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mark = "met" if gap <= BUDGET_MS else "MISSED"
        print(f"{name:45} longest block {gap:7.1f} ms  shown after {shown:6.2f} s  "
              f"peak {peak:5.0f} MB  {mark}", flush=True)  # fmt: skip
    print(f"longest block over all texts: {worst:.1f} ms (budget {BUDGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
