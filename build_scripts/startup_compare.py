"""Start-up of the frozen folder build against running from source (``python -m app``).

    uv run --group build python build_scripts/startup_compare.py [--runs 7] [--budget 1.2]

Measures the time from starting the process to the main window's first painted frame
(offscreen; see frozen_app.py) on a prepared database: created, migrated and seeded
beforehand, so neither start needs SQLAlchemy or Alembic. One untimed warm-up run each, then
frozen and source runs alternate so both see the same machine load. Prints the medians and
their ratio; the exit status is 1 if the frozen median exceeds the budget times the source's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_app import ROOT, executable, run, run_window, sandbox_env, source_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--budget", type=float, default=1.2, help="allowed frozen/source ratio")
    args = parser.parse_args(argv)
    if not executable().is_file():
        print(
            f"no frozen build at {executable()}: uv run --group build python build_scripts/build.py"
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="practice-catalogue-startup-") as scratch:
        tmp = Path(scratch)
        env = sandbox_env(tmp / "home")
        database = tmp / "catalogue.db"
        prepared = run(
            [*source_command(), "export", "--db", str(database), "-o", str(tmp / "e.json")],
            env,
            ROOT,
        )
        if prepared.returncode != 0:
            print(f"could not prepare the database: {prepared.stderr}")
            return 2
        commands = {
            "frozen": ([str(executable()), "--db", str(database)], tmp),
            "source": ([*source_command(), "--db", str(database)], ROOT),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for attempt in range(args.runs + 1):
            for name, (command, cwd) in commands.items():
                result = run_window(command, env, cwd)
                if result.seconds is None:
                    print(f"{name}: the window was not painted\n" + "\n".join(result.remarks))
                    return 2
                if attempt > 0:  # the first run of each only warms the caches
                    times[name].append(result.seconds)
    for name, values in times.items():
        spread = f"{min(values):.3f}-{max(values):.3f} s, {len(values)} runs"
        print(f"{name}  median {statistics.median(values):.3f} s  ({spread})")
    ratio = statistics.median(times["frozen"]) / statistics.median(times["source"])
    within = ratio <= args.budget
    verdict = "within budget" if within else "OVER budget"
    print(f"ratio   {ratio:.2f} (budget {args.budget}): {verdict}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
