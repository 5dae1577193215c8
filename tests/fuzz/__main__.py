"""The fuzzing campaign's runner.

    uv run python -m tests.fuzz [--minutes M] [--target NAME ...] [--corpus DIR]
                                [--crashes DIR] [--runs N]

Discovers the ``target_*.py`` modules of this package (``--target reader`` runs only
``target_reader.py``) and runs each with atheris in a subprocess of its own for an equal
share of ``--minutes`` (default 10), or for ``--runs`` executions each. Each target's
corpus is ``DIR/<name>/`` (default ``fuzz-corpus/`` in the current folder), filled with the
target's ``seeds()`` first and kept between runs, so a long campaign goes on where the last
stopped. Inputs that crash a target are written to ``--crashes`` (default ``fuzz-crashes/``)
as ``<name>-crash-<sha1>``; turn each into a regression test with the file saved under
``tests/inputs/hostile/``. Prints, per target: executions, corpus entries added (new
coverage), crashes; exits 1 when any target crashed.

Coverage guidance needs CPython 3.12 or later (atheris 3.1; see ``worker.py``):

    UV_PROJECT_ENVIRONMENT=.venv-fuzz uv sync --python 3.12
    UV_PROJECT_ENVIRONMENT=.venv-fuzz uv run python -m tests.fuzz --minutes 60

Replay one input: ``python -m tests.fuzz.worker NAME --replay FILE`` (raises what it raised).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from tests.fuzz.worker import FOLDER, Outcome, parse_stats


def targets() -> list[str]:
    return sorted(path.stem.removeprefix("target_") for path in FOLDER.glob("target_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="for all targets together")
    parser.add_argument("--target", action="append", choices=targets(), metavar="NAME")
    parser.add_argument("--corpus", type=Path, default=Path("fuzz-corpus"))
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--runs", type=int, help="executions per target instead of a time")
    args = parser.parse_args(argv)
    chosen = args.target or targets()
    share = max(int(args.minutes * 60 / len(chosen)), 1)
    args.crashes.mkdir(parents=True, exist_ok=True)
    outcomes = [run_target(name, args, share) for name in chosen]
    print(f"{'target':10} {'executions':>12} {'new coverage':>13} {'crashes':>8}")
    for outcome in outcomes:
        print(f"{outcome.name:10} {outcome.executions:>12,} {outcome.new_units:>13,} "
              f"{len(outcome.crashes):>8}")  # fmt: skip
        for crash in outcome.crashes:
            print(f"  crash: {crash}")
    return 1 if any(outcome.crashes or outcome.failed for outcome in outcomes) else 0


def run_target(name: str, args: argparse.Namespace, seconds: int) -> Outcome:
    corpus = args.corpus / name
    before = set(args.crashes.glob(f"{name}-*"))
    command = [sys.executable, "-m", "tests.fuzz.worker", name, "--corpus", str(corpus),
               "--crashes", str(args.crashes)]  # fmt: skip
    command += ["--runs", str(args.runs)] if args.runs else ["--seconds", str(seconds)]
    done = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    crashes = sorted(set(args.crashes.glob(f"{name}-*")) - before)
    log = args.crashes / f"{name}.log"
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    executions, new_units = parse_stats(done.stderr)
    failed = done.returncode != 0 and not crashes
    if failed:
        print(f"{name}: the fuzzer stopped with status {done.returncode}; see {log}")
    return Outcome(name, executions, new_units, [str(crash) for crash in crashes], failed)


if __name__ == "__main__":
    sys.exit(main())
