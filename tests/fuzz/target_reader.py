"""The exchange reader on any bytes: refused in one line of words, or read; the same way
whatever the size of the pieces it is read in."""

from __future__ import annotations

from typing import Any

from app.services.exchange import ExchangeError
from app.services.exchange.reading import parse_document
from tests.fuzz.common import check_refusal, export_seeds, malformed_seeds

SHORT_RUNS = 3000
KINDS = ("categories", "regions", "practices", "notes")


def _read(data: bytes, **stream: int) -> Any:
    try:
        document = parse_document(data, "fuzz.json", **stream)
    except ExchangeError as error:
        check_refusal(error)
        return "refused"
    return [getattr(document, kind) for kind in KINDS]


def test_one_input(data: bytes) -> None:
    whole = _read(data)
    pieces = _read(data, chunk_bytes=7, read_ahead=3)
    if (whole == "refused") != (pieces == "refused") or whole != pieces:
        raise AssertionError("read differently in small pieces")


def seeds() -> list[bytes]:
    return [*export_seeds(), *malformed_seeds()]
