"""A short run of the fuzzing campaign (``tests/fuzz``): every target over its seeds in
this process, then a few hundred to a few thousand atheris executions in a subprocess; any
crash fails the test and names the input the fuzzer saved."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.__main__ import targets


@pytest.mark.parametrize("name", targets())
def test_each_target_takes_its_seeds(name: str) -> None:
    target = importlib.import_module(f"tests.fuzz.target_{name}")
    seeds = target.seeds()
    assert seeds
    for seed in seeds:
        target.test_one_input(seed)


@pytest.mark.parametrize("name", targets())
def test_a_short_fuzz_run_finds_no_crash(name: str, tmp_path: Path) -> None:
    target = importlib.import_module(f"tests.fuzz.target_{name}")
    runs = getattr(target, "SHORT_RUNS", 2000)
    done = subprocess.run(
        [sys.executable, "-m", "tests.fuzz", "--target", name, "--runs", str(runs),
         "--corpus", str(tmp_path / "corpus"), "--crashes", str(tmp_path / "crashes")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    log = tmp_path / "crashes" / f"{name}.log"
    details = log.read_text(encoding="utf-8")[-3000:] if log.exists() else done.stderr
    assert done.returncode == 0, done.stdout + details
    assert f"{name:10}" in done.stdout
