"""The renderer's and the database's fuzz targets over their seeds and every input the
fuzzer once found crashing (``tests/inputs/hostile/<target>/``): quick, in every test run."""

from __future__ import annotations

from pathlib import Path

import pytest

HOSTILE = Path(__file__).parent / "inputs" / "hostile"


def inputs(name: str) -> list[bytes]:
    from importlib import import_module

    target = import_module(f"tests.fuzz.target_{name}")
    saved = sorted((HOSTILE / name).glob("*.bin")) if (HOSTILE / name).is_dir() else []
    return [*target.seeds(), *(path.read_bytes() for path in saved)]


def test_markdown_target_over_its_seeds_and_crashes(qapp) -> None:  # type: ignore[no-untyped-def]
    from tests.fuzz import target_markdown

    for data in inputs("markdown"):
        target_markdown.test_one_input(data)


@pytest.mark.parametrize("data", inputs("database"), ids=lambda data: data[:6].hex() or "as-is")
def test_database_target_over_its_seeds_and_crashes(data: bytes) -> None:
    from tests.fuzz import target_database

    target_database.test_one_input(data)
