"""Reading exchange files piece by piece: the same records as ``json.loads`` whatever the
layout and chunk size, the same error positions, and batch checks that never let through a
record the one-by-one checks refuse (hypothesis)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.engine import Sessions
from app.services.exchange.fields import FIELDS, RecordChecker
from app.services.exchange.reading import ExchangeError, parse_document
from app.services.opening import open_database
from tests.exchange_helpers import exported
from tests.factories import add_note

KINDS = ("categories", "regions", "practices", "notes")
BODIES = ["Living Labs — ühendused 😀", 'quote " backslash \\ tab \t', "line\nbreaks\r\n", "ok"]


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = open_database(tmp_path_factory.mktemp("reading") / "a.db").path
    sessions = Sessions(path)
    for n, body in enumerate(BODIES):
        add_note(sessions, "Help desk", "Tartu", body=body, outcome=f"outcome {n} é")
    sessions.dispose()
    return exported(path)


def records_of(raw: bytes, **stream: int) -> dict[str, list[Any]]:
    read = parse_document(raw, "f.json", **stream)
    return {kind: getattr(read, kind) for kind in KINDS}


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(
    indent=st.sampled_from([None, 0, 1, 4]),
    ascii_only=st.booleans(),
    chunk=st.integers(1, 300),
    ahead=st.integers(0, 200),
)
def test_any_layout_in_any_chunk_size_reads_the_same_records(
    document: dict[str, Any], indent: int | None, ascii_only: bool, chunk: int, ahead: int
) -> None:
    raw = json.dumps(document, indent=indent, ensure_ascii=ascii_only).encode()
    assert records_of(raw, chunk_bytes=chunk, read_ahead=ahead) == {
        kind: document[kind] for kind in KINDS
    }


@SETTINGS
@given(data=st.data(), chunk=st.integers(1, 200))
def test_malformed_json_is_refused_where_json_reports_it(
    document: dict[str, Any], data: st.DataObject, chunk: int
) -> None:
    text = json.dumps(document, indent=data.draw(st.sampled_from([None, 2])), ensure_ascii=False)
    at = data.draw(st.integers(0, len(text)))
    damage = data.draw(st.sampled_from(["cut", *',:{}[]"x ']))
    broken = text[:at] if damage == "cut" else text[:at] + damage + text[at:]
    try:
        expected: Any = json.loads(broken)
    except json.JSONDecodeError as error:
        where = f"at line {error.lineno}, column {error.colno}"
        expected = f"'f.json' is not JSON: {error.msg.removesuffix(' at')} {where}"
    refused = None
    try:
        read = records_of(broken.encode(), chunk_bytes=chunk, read_ahead=chunk // 2)
    except ExchangeError as problem:
        refused = str(problem)
    if isinstance(expected, str):  # not JSON: never read, and a position as json gives it
        assert refused is not None  # (or what the damage made of what came before it, such
        assert expected == refused or "not JSON" not in refused  # as "not a list")
    elif refused is None:  # still JSON: read as json reads it, or refused for what it says
        assert read == {kind: expected[kind] for kind in KINDS}
    else:
        assert "not JSON" not in refused


@SETTINGS
@given(data=st.data(), chunk=st.integers(1, 200))
def test_bytes_that_are_not_utf8_are_reported_by_offset(
    document: dict[str, Any], data: st.DataObject, chunk: int
) -> None:
    raw = json.dumps(document, ensure_ascii=False).encode()
    at = data.draw(st.integers(0, len(raw)))
    broken = raw[:at] + b"\xff" + raw[at:]
    with pytest.raises(UnicodeDecodeError) as expected:
        broken.decode("utf-8")
    with pytest.raises(ExchangeError, match=f"byte {expected.value.start:,} cannot be read"):
        records_of(broken, chunk_bytes=chunk)


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_a_byte_order_mark_is_skipped(document: dict[str, Any], chunk: int) -> None:
    raw = "\ufeff".encode() + json.dumps(document).encode()
    assert records_of(raw, chunk_bytes=chunk)["notes"] == document["notes"]


@SETTINGS
@given(
    numbers=st.lists(st.integers(-(10**12), 10**12) | st.floats(allow_nan=False), max_size=8),
    chunk=st.integers(1, 12),
    ahead=st.integers(0, 4),
)
def test_numbers_split_between_chunks_read_whole(
    numbers: list[float], chunk: int, ahead: int
) -> None:
    import io

    from app.services.exchange.json_stream import JsonObjectStream

    raw = json.dumps({"n": numbers, "last": numbers[-1] if numbers else 0}).encode()
    stream = JsonObjectStream(io.BytesIO(raw), chunk_bytes=chunk, read_ahead=ahead)
    read: dict[str, Any] = {}
    for key in stream.members():
        read[key] = list(stream.elements()) if stream.is_array() else stream.value()
    assert read == json.loads(raw)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"[1, 2]", "is not an exchange file (expected a JSON object)"),
        (b'"text"', "is not an exchange file (expected a JSON object)"),
        (b"", "not JSON: Expecting value at line 1, column 1"),
        (b'{"format": "practice-catalogue", "format": "x"}', "field 'format' repeats"),
        (b'{"colour": 1, "format": "practice-catalogue", "version": 1}', "unknown top-level"),
        (b'{"notes": [], "format": "other", "version": 1}', "not a Practice Catalogue exchange"),
        (b'{"format": "practice-catalogue", "version": 1, "notes": {}}', "'notes' is missing"),
        (b'{"format": "practice-catalogue", "version": 1}', "'categories' is missing"),
        (
            b'{"format": "practice-catalogue", "version": 1, "categories": [], "bogus": 1,'
            b' "regions": [], "practices": [], "notes": []}',
            "unknown top-level field 'bogus'",
        ),
        (b"x", "not JSON: Expecting value at line 1, column 1"),
        ("\ufeff{x".encode(), "not JSON: Expecting property name .* line 1, column 2"),
    ],
)
def test_files_of_the_wrong_shape_are_refused(raw: bytes, words: str) -> None:
    with pytest.raises(ExchangeError, match=words.replace("(", r"\(").replace(")", r"\)")):
        records_of(raw)


def test_lists_before_the_header_are_read_once_it_is_known(document: dict[str, Any]) -> None:
    reordered = {kind: document[kind] for kind in KINDS} | {
        key: document[key] for key in document if key not in KINDS
    }
    raw = json.dumps(reordered).encode()
    assert records_of(raw, chunk_bytes=64) == {kind: document[kind] for kind in KINDS}


# -- the two ways of checking agree ----------------------------------------------------------

NEAR_MISSES = [
    "2026-11-27T19:02:25Z\n", "2026-02-30T10:00:00Z", "2026-11-27T19:02:25.123456Z",
    "٢٠٢٦-11-27T19:02:25Z", "2012-13-01", "2012-W01-1", "2012-01-01", "20120101",
    "00000000-0000-4000-8000-00000000000a\n", "00000000-0000-4000-8000-00000000000A",
    "00000000-0000-4000-8000-00000000000a", "completed", "planned ", "partnership",
    "EE", "ee", " ", "",
]  # fmt: skip
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(NEAR_MISSES),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=6,
)


@SETTINGS
@given(data=st.data())
def test_batch_checks_pass_nothing_the_record_checks_refuse(
    document: dict[str, Any], data: st.DataObject
) -> None:
    kind = data.draw(st.sampled_from(KINDS))
    record = copy.deepcopy(document[kind][0])
    checker = RecordChecker(kind)
    assert checker._batch_passes([record])  # a valid record takes the quick way
    for _ in range(data.draw(st.integers(1, 3))):
        field = data.draw(st.sampled_from([*FIELDS[kind], "extra"]))
        if data.draw(st.booleans()) and field in record:
            del record[field]
        else:
            record[field] = data.draw(JSON_VALUES)
    if checker._batch_passes([record]):
        checker.check(0, record)  # must not raise


def test_a_repeated_id_across_batches_is_found(document: dict[str, Any]) -> None:
    note = document["notes"][0]
    checker = RecordChecker("notes")
    checker.check_batch(0, [note])
    with pytest.raises(ExchangeError, match=r"notes\[1\] .*the id repeats notes\[0\]"):
        checker.check_batch(1, [dict(note)])


def test_large_files_are_read_in_bounded_memory(document: dict[str, Any], tmp_path: Path) -> None:
    """Reading hands records on as it goes: the first batch arrives before the last byte."""
    from app.services.exchange.reading import BATCH, ExchangeReader

    note = document["notes"][0]
    many = [dict(note, id=f"00000000-0000-4000-8000-{n:012x}") for n in range(BATCH * 2 + 5)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(dict(document, notes=many)), encoding="utf-8")
    with path.open("rb") as file:
        reader = ExchangeReader(file, path.name, path.stat().st_size, chunk_bytes=1 << 16)
        sizes = []
        for batch in reader.batches():
            if batch.kind == "notes":
                sizes.append((len(batch.records), reader.bytes_done < reader.size))
    assert sizes[0] == (BATCH, True) and sum(size for size, _ in sizes) == len(many)
