"""Benchmarks against the budgets in the README. Not part of ``pytest``.

    uv run python -m tests.benchmarks                 # seeded + 100,000 practices / 1,000,000 notes
    uv run python -m tests.benchmarks --skip-large    # seeded catalogue only (seconds)
    uv run python -m tests.benchmarks --practices 10000 --notes 100000

Each figure is printed beside a bare PySide6 window (a tree and a text pane) measured in the
same run. The large catalogue is generated once into the scratch folder and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

QUERIES = [
    "collective",
    "cluster fair",
    '"living lab"',
    "region:tartu",
    "status:completed",
    "category:generated 07",
    "desk -help",
    "type:partnership export",
    "zzzz",
]


def probe(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probe", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"probe {args[:2]} failed:\n{result.stderr}")
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    report["start_s"] = report["painted_at"] - started
    return report


def median_start(runs: int, *args: str) -> tuple[float, float]:
    reports = [probe(*args) for _ in range(runs)]
    return (
        statistics.median(r["start_s"] for r in reports),
        max(r["maxrss_mb"] for r in reports),
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per case")
    parser.add_argument("--practices", type=int, default=100_000)
    parser.add_argument("--categories", type=int, default=60)
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-merge", action="store_true", help="skip the 1M-note import")
    parser.add_argument(
        "--scratch",
        type=Path,
        default=Path(tempfile.gettempdir()) / "practice-catalogue-bench",
    )
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    compile_bytecode()

    from app.services.opening import open_database

    seeded = args.scratch / "seeded.db"
    for stale in args.scratch.glob("seeded.db*"):
        stale.unlink()
    open_database(seeded)

    print(f"Start-up to a painted window, median of {args.runs} (peak memory):")
    bare_s, bare_mb = median_start(args.runs, "bare")
    print(f"  bare PySide6 window      {bare_s:6.3f} s   {bare_mb:5.0f} MB")
    app_s, app_mb = median_start(args.runs, "app", str(seeded))
    ratio = app_s / bare_s
    print(
        f"  seeded catalogue         {app_s:6.3f} s   {app_mb:5.0f} MB"
        f"   {ratio:.2f}x bare (target 1.5x: {verdict(ratio <= 1.5)})"
    )
    if args.skip_large:
        return

    large = args.scratch / f"bench-{args.practices}-{args.categories}-{args.notes}.db"
    if not large.exists():
        from tests.benchmarks.generate import generate

        print(f"Generating {large.name} (once; reused next time)…")
        generate(large, args.practices, args.categories, args.notes)
    size_mb = large.stat().st_size / 2**20
    label = f"{args.practices:,} practices / {args.notes:,} notes"
    large_s, _ = median_start(args.runs, "app", str(large))
    ratio = large_s / bare_s
    print(
        f"  {label:<24} {large_s:6.3f} s   (file {size_mb:,.0f} MB)"
        f"   {ratio:.2f}x bare (target 2x: {verdict(ratio <= 2.0)})"
    )

    print(f"Filter at {label}: {len(QUERIES)} queries typed key by key")
    session = probe("app", str(large), *QUERIES)
    latencies = session["latencies_ms"]
    p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    extra = session["maxrss_mb"] - bare_mb
    print(
        f"  keystroke to updated tree: p50 {p50:.0f} ms (target 50: {verdict(p50 <= 50)}),"
        f" p95 {p95:.0f} ms, max {max(latencies):.0f} ms over {len(latencies)} keystrokes"
    )
    print(
        f"  longest GUI-thread block:  {session['max_block_ms']:.0f} ms"
        f" (target 50: {verdict(session['max_block_ms'] <= 50)})"
    )
    print(
        f"  peak memory:               {session['maxrss_mb']:.0f} MB = bare + {extra:.0f} MB"
        f" (target bare + 150: {verdict(extra <= 150)})"
    )
    matrix_and_merge(args, large, label)


def matrix_and_merge(args: argparse.Namespace, large: Path, label: str) -> None:
    print(f"Field-test matrix at {label}:")
    shown = probe("matrix", str(large))
    scrolls = shown["scroll_ms"]
    print(
        f"  opened and painted in {shown['open_ms']:.0f} ms;"
        f" scroll + repaint {min(scrolls):.0f}-{max(scrolls):.0f} ms"
    )
    if args.skip_merge:
        return
    from tests.benchmarks.merge_bench import run as run_merge

    print(f"Import of the whole {label} exchange file into a fresh database:")
    merged = run_merge(large, args.scratch)
    print(
        f"  {merged['notes']:,.0f} notes merged in {merged['merge_s']:.1f} s, reading the file"
        f" included (target 60: {verdict(merged['merge_s'] <= 60)});"
        f" peak memory {merged['maxrss_mb']:,.0f} MB"
    )
    print(
        f"  then the search index of {merged['queued']:,.0f} practices caught up in the"
        f" background in {merged['index_s']:.0f} s"
    )


def compile_bytecode() -> None:
    """Start-up is measured as on any second start, with the package's bytecode on disk
    (an editable install is compiled on first import, unless PYTHONDONTWRITEBYTECODE)."""
    import compileall

    import app

    compileall.compile_dir(Path(app.__file__).parent, quiet=1)


if __name__ == "__main__":
    main()
