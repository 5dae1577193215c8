"""One fuzz target under atheris, in a process of its own (started by ``python -m tests.fuzz``).

The application's modules are imported under atheris's instrumentation, so the fuzzer sees
which branches of the reader and the merge an input reaches. Only on CPython 3.12 and later
(atheris 3.1): atheris 2.3, the last for 3.11, rewrites the bytecode of our generators so
that the interpreter crashes (a segmentation fault on ``tests/inputs/hostile/nul_in_title.json``,
read fine without it). On 3.11 the inputs are mutated without coverage guidance, which still
finds tracebacks; run the campaign itself on 3.12 (see ``tests/fuzz/__main__.py``).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

FOLDER = Path(__file__).parent
INSTRUMENTED = sys.version_info >= (3, 12)


@dataclass
class Outcome:
    name: str
    executions: int
    new_units: int
    crashes: list[str]
    failed: bool


def parse_stats(output: str) -> tuple[int, int]:
    """Executions and corpus entries added, from libFuzzer's ``-print_final_stats``."""
    executions = re.search(r"stat::number_of_executed_units:\s*(\d+)", output)
    added = re.search(r"stat::new_units_added:\s*(\d+)", output)
    return int(executions.group(1)) if executions else 0, int(added.group(1)) if added else 0


def load(name: str, *, instrumented: bool) -> ModuleType:
    if not instrumented:
        return importlib.import_module(f"tests.fuzz.target_{name}")
    import atheris

    with atheris.instrument_imports(include=["app"]):
        return importlib.import_module(f"tests.fuzz.target_{name}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.worker")
    parser.add_argument("name")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--seconds", type=int)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--replay", type=Path, help="run one input, without atheris")
    args = parser.parse_args()
    if args.replay:
        load(args.name, instrumented=False).test_one_input(args.replay.read_bytes())
        return
    import atheris

    target = load(args.name, instrumented=INSTRUMENTED)
    corpus = args.corpus or Path("fuzz-corpus") / args.name
    corpus.mkdir(parents=True, exist_ok=True)
    for number, seed in enumerate(target.seeds()):
        (corpus / f"seed-{number:03}").write_bytes(seed)
    args.crashes.mkdir(parents=True, exist_ok=True)
    flags = [f"-artifact_prefix={args.crashes}/{args.name}-", "-print_final_stats=1",
             "-max_len=1048576", "-rss_limit_mb=4096", "-timeout=60"]  # fmt: skip
    flags.append(f"-runs={args.runs}" if args.runs else f"-max_total_time={args.seconds or 60}")
    atheris.Setup([sys.argv[0], *flags, str(corpus)], target.test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
