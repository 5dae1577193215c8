"""Any bytes imported into a seeded database: imported, or refused in one line of words with
the database unchanged byte for byte."""

from __future__ import annotations

from app.services.exchange import ExchangeError
from app.services.exchange.merge import merge_file
from tests.fuzz.common import (
    check_refusal,
    export_seeds,
    fresh_copy,
    malformed_seeds,
    remove_database,
    scratch,
    seeded_database,
)

SHORT_RUNS = 150


def merge_bytes(data: bytes) -> None:
    target = fresh_copy(seeded_database())
    source = scratch() / "input.json"
    source.write_bytes(data)
    before = target.read_bytes()
    try:
        merge_file(target, source)
    except ExchangeError as error:
        check_refusal(error)
        if target.read_bytes() != before:
            raise AssertionError("a refused import changed the database") from error
    finally:
        remove_database(target)


def test_one_input(data: bytes) -> None:
    merge_bytes(data)


def seeds() -> list[bytes]:
    return [*export_seeds(), *malformed_seeds()]
