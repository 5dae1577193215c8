"""Hostile exchange files: every one refused in one line of words that says what and where,
through the service and the command line, with the database left byte for byte as it was;
each limit just under (read) and just over (refused); and what the editors store always
reads back (export, then import)."""

from __future__ import annotations

import copy
import itertools
import json
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.db.engine import Sessions
from app.services.exchange import limits
from app.services.exchange.json_stream import _DepthGauge
from app.services.exchange.merge import merge_file
from app.services.exchange.reading import ExchangeError, parse_document
from app.services.notes.fields import NoteFields, validate
from app.services.notes.service import NotesService
from app.services.opening import open_database
from app.services.practices import PracticesService
from app.services.regions import add_region
from tests.exchange_helpers import export_text, new_laptop
from tests.factories import add_note, practice_id
from tests.test_cli import assert_one_line_error, run_cli

HOSTILE = Path(__file__).parent / "inputs" / "hostile"
CATALOGUE = Path(__file__).parents[1] / "data" / "catalogue.json"

# Every file under tests/inputs/hostile/ and the words its refusal must hold.
EXPECTED = {
    "deep_top_field.json": "brackets nested deeper than 8 levels at line 1, column 19",
    "deep_record_list.json": "brackets nested deeper than 8 levels at line 40, column 18",
    "deep_in_a_record.json": "brackets nested deeper than 8 levels at line 37, column 46",
    "long_number.json": "a number longer than 4,300 digits at line 1, column 45",
    "nul_in_title.json": "practices[0] (id 5020ad75…).title: character 6 is U+0000 (NUL)",
    "lone_surrogate_in_title.json": "title: character 6 is U+D800 (half of a surrogate pair",
    "line_separator_in_name.json": "regions[0] (id 03a3f50b…).name: character 3 is U+2028",
    # found by the fuzzers: target_reader and target_merge, target_schema
    "huge_version.json": "'f.json' was written in exchange format version 7777777777777777",
    "huge_negative_position.json": "practices[0] (id 5020ad75…).position: -1000000000000",
}


def small_document() -> dict[str, Any]:
    """One category, region and practice of the shipped catalogue, no notes: valid."""
    shipped = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {
        "format": "practice-catalogue",
        "version": 1,
        **{kind: shipped[kind][:1] for kind in ("categories", "regions", "practices")},
        "notes": [],
    }


def refusal(raw: bytes) -> str:
    with pytest.raises(ExchangeError) as refused:
        parse_document(raw, "f.json")
    message = str(refused.value)
    assert "\n" not in message and len(message) < 400, message
    return message


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return open_database(tmp_path_factory.mktemp("limits") / "seeded.db").path


def test_every_hostile_input_has_its_expected_words() -> None:
    assert sorted(path.name for path in HOSTILE.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_files_are_refused_in_words(name: str) -> None:
    message = refusal((HOSTILE / name).read_bytes())
    assert EXPECTED[name] in message
    for jargon in ("sys.", "codec", "recursion", "Traceback", "Error"):
        assert jargon not in message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_files_leave_the_database_unchanged(seeded: Path, tmp_path: Path, name: str):
    target = new_laptop(seeded, tmp_path, "b")
    before = target.read_bytes()
    with pytest.raises(ExchangeError, match=r"\S"):
        merge_file(target, HOSTILE / name)
    assert target.read_bytes() == before


@pytest.mark.parametrize("name", ["deep_record_list.json", "long_number.json", "nul_in_title.json"])
def test_hostile_files_are_one_line_on_the_command_line(
    seeded: Path, tmp_path: Path, name: str
) -> None:
    target = new_laptop(seeded, tmp_path, "b")
    before = target.read_bytes()
    result = run_cli("import", str(HOSTILE / name), "--db", str(target), env_home=tmp_path)
    assert result.returncode == 1
    assert_one_line_error(result, EXPECTED[name])
    assert target.read_bytes() == before


def test_deep_brackets_never_reach_the_scanner_even_on_a_small_stack() -> None:
    """512 KiB is a secondary thread's stack on macOS: a recursion there would crash."""
    raw = b'{"format": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    found: list[str] = []

    def read() -> None:
        try:
            parse_document(raw, "f.json")
        except ExchangeError as error:
            found.append(str(error))

    old = threading.stack_size(512 * 1024)
    try:
        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old)
    assert found and "nested deeper than" in found[0]


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def test_depth_just_under_the_limit_reads_and_just_over_is_refused() -> None:
    document = small_document()
    document["application"] = nested(limits.MAX_DEPTH - 1)  # the top object is one level
    assert parse_document(json.dumps(document).encode(), "f.json").practices
    document["application"] = nested(limits.MAX_DEPTH)
    assert "nested deeper than 8 levels at line 1" in refusal(json.dumps(document).encode())


@pytest.mark.parametrize("chunk", [1, 3, 64])
def test_brackets_and_escapes_in_strings_do_not_count(chunk: int) -> None:
    document = small_document()
    document["practices"][0]["description"] = '[[[[[[[[[[ \\" {{{{{{{{{{ \\\\" \\'
    document["application"] = "]]]]]]]]]]]]"
    raw = json.dumps(document, indent=2).encode()
    read = parse_document(raw, "f.json", chunk_bytes=chunk, read_ahead=chunk)
    assert read.practices == document["practices"]


@pytest.mark.parametrize("chunk", [1, 5, 4096])
def test_depth_is_counted_across_pieces(chunk: int) -> None:
    raw = b'{"format": "a\\"[", "x": ' + b"[" * 9 + b"]" * 9 + b"}"
    message = refusal(raw) if chunk == 4096 else None
    with pytest.raises(ExchangeError, match="deeper than 8 levels at line 1, column 32"):
        parse_document(raw, "f.json", chunk_bytes=chunk, read_ahead=chunk)
    assert message is None or "column 32" in message


def _counted_byte_by_byte(data: bytes) -> tuple[int, bool, bool, int]:
    """What the gauge must find: open brackets, inside a string, a backslash pending, and the
    deepest point (a backslash escapes the next byte wherever it stands, as in the gauge)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if escaped:
            escaped = False
        elif byte == ord("\\"):
            escaped = True
        elif byte == ord('"'):
            in_string = not in_string
        elif not in_string and byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif not in_string and byte in b"]}":
            depth -= 1
    return depth, in_string, escaped, deepest


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from([b'"', b"[", b"]", b"{", b"}", b"\\", b"a", b'""', b'\\"'])).map(
        b"".join
    ),
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=6),
)
def test_the_depth_gauge_counts_as_a_byte_by_byte_reading(text: bytes, cuts: list[int]) -> None:
    gauge = _DepthGauge()
    within = True
    edges = sorted({cut for cut in cuts if cut < len(text)} | {0, len(text)})
    for start, end in itertools.pairwise(edges):
        within = gauge.feed(text[start:end]) and within
    depth, in_string, escaped, deepest = _counted_byte_by_byte(text)
    assert (gauge.depth, gauge.in_string) == (depth, in_string)
    assert gauge.escaped == escaped
    assert within == (deepest <= limits.MAX_DEPTH)


def test_whole_numbers_just_under_and_just_over() -> None:
    document = small_document()
    document["practices"][0]["position"] = limits.MAX_WHOLE_NUMBER
    assert parse_document(json.dumps(document).encode(), "f.json")
    document["practices"][0]["position"] = limits.MAX_WHOLE_NUMBER + 1
    assert "position: 2147483648 is beyond ±2147483647" in refusal(json.dumps(document).encode())
    document["practices"][0]["position"] = -(10**30)  # found by tests/fuzz/target_schema
    assert "position: -1000000000000000000000000000000 is" in refusal(json.dumps(document).encode())


def test_numbers_up_to_pythons_limit_are_refused_by_their_field_briefly() -> None:
    document = small_document()
    document["practices"][0]["position"] = "POSITION"
    raw = json.dumps(document).encode().replace(b'"POSITION"', b"9" * 4300)
    message = refusal(raw)
    assert "position: 99999" in message and "…" in message  # cut short, not 4,300 digits
    raw = json.dumps(document).encode().replace(b'"POSITION"', b"9" * 4301)
    assert "a number longer than 4,300 digits at line 1, column" in refusal(raw)


ONE_LINE = [
    ("regions", "name"),
    ("regions", "partner_organisation"),
    ("categories", "name"),
    ("practices", "title"),
    ("practices", "subtitle"),
]


@pytest.mark.parametrize(("kind", "field"), ONE_LINE)
@pytest.mark.parametrize("char", ["\x00", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\u2028"])
def test_one_line_fields_refuse_control_characters(kind: str, field: str, char: str) -> None:
    document = small_document()
    document[kind][0][field] = f"ab{char}c"
    message = refusal(json.dumps(document).encode())
    assert f".{field}: character 3 is U+{ord(char):04X}" in message


@pytest.mark.parametrize(
    ("kind", "field"), [("practices", "description"), ("categories", "description")]
)
def test_multi_line_fields_take_tabs_and_line_breaks_only(kind: str, field: str) -> None:
    document = small_document()
    document[kind][0][field] = "a\tb\nc\r\nd — é 😀 \u2028 \x85"
    assert (
        getattr(parse_document(json.dumps(document).encode(), "f"), kind)[0][field]
        == (document[kind][0][field])
    )
    for char in ["\x00", "\x07", "\x1b", "\ud800"]:
        document[kind][0][field] = f"text{char}"
        assert f".{field}: character 5 is U+{ord(char):04X}" in refusal(
            json.dumps(document).encode()
        )


@pytest.mark.parametrize(
    ("kind", "field", "limit"),
    [
        ("practices", "title", limits.TITLE_MAX),
        ("regions", "name", limits.NAME_MAX),
        ("regions", "partner_organisation", limits.LINE_MAX),
        ("practices", "description", limits.BODY_MAX),
    ],
)
def test_text_lengths_just_under_and_just_over(kind: str, field: str, limit: int) -> None:
    document = small_document()
    document[kind][0][field] = "x" * limit
    assert parse_document(json.dumps(document).encode(), "f.json")
    document[kind][0][field] = "x" * (limit + 1)
    message = refusal(json.dumps(document).encode())
    assert f".{field}: is {limit + 1:,} characters long (at most {limit:,})" in message


def with_notes(count: int) -> bytes:
    document = small_document()
    practice, region = document["practices"][0]["id"], document["regions"][0]["id"]
    note = {
        "practice_id": practice, "region_id": region, "author": "", "date": "2012-03-01",
        "status": "planned", "outcome": "", "score_cluster_initiatives": None,
        "score_development_agencies": None, "score_enterprises": None, "body": "",
        "created_at": "2012-03-01T00:00:00Z", "updated_at": "2012-03-01T00:00:00Z",
        "revision": 1, "versions": {}, "deleted_at": None,
    }  # fmt: skip
    document["notes"] = [{"id": f"00000000-0000-4000-8000-{n:012x}", **note} for n in range(count)]
    return json.dumps(document).encode()


def test_records_just_under_and_just_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RECORDS", 3 + 40)  # a category, a region, a practice
    assert len(parse_document(with_notes(40), "f.json").notes) == 40
    message = refusal(with_notes(41))
    assert "holds more than 43 records (at notes[40])" in message


def test_records_before_the_header_just_under_and_just_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_HELD_RECORDS", 12)
    document = json.loads(with_notes(9))  # and one category, region and practice: 12
    reordered = {key: document[key] for key in ("categories", "regions", "practices", "notes")}
    reordered |= {"format": document["format"], "version": 1}
    assert len(parse_document(json.dumps(reordered).encode(), "f.json").notes) == 9
    reordered["notes"].append(
        dict(reordered["notes"][0], id="00000000-0000-4000-8000-0000000000ff")
    )
    assert "more than 12 records come before 'format'" in refusal(json.dumps(reordered).encode())


def test_replicas_just_under_and_just_over() -> None:
    document = small_document()
    practice = document["practices"][0]
    practice["versions"] = {f"replica-{n}": 1 for n in range(limits.MAX_REPLICAS)}
    practice["revision"] = 1 + limits.MAX_REPLICAS
    assert parse_document(json.dumps(document).encode(), "f.json")
    practice["versions"]["one-more"] = 1
    practice["revision"] += 1
    assert "versions: has 1,001 entries (at most 1,000)" in refusal(json.dumps(document).encode())
    practice["versions"] = {"x" * 65: 1}
    practice["revision"] = 2
    assert "is not a replica id" in refusal(json.dumps(document).encode())


def test_a_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    """Just under: read, and refused for what it holds; just over: test_merge."""
    from app.services.exchange.reading import read_document

    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.write(b"  ")
        handle.truncate(limits.MAX_BYTES)  # sparse: no disk is used
    with pytest.raises(ExchangeError, match="not JSON"):
        read_document(path)


def test_record_errors_say_their_line_and_column() -> None:
    raw = with_notes(3).replace(b'"date": "2012-03-01"', b'"date": "2012-13-01"', 1)
    text = json.dumps(json.loads(raw), indent=1)
    message = refusal(text.encode())
    record = text.index('"id": "00000000-0000-4000-8000-000000000000"')
    line = text[:record].count("\n")  # the record's "{" is on the line before its id
    assert message.startswith("notes[0] (id 00000000…).date: '2012-13-01' is not a date")
    assert message.endswith(f"(line {line}, column 3)")


# -- what the editors store reads back ---------------------------------------------------


def test_what_the_editors_store_is_exported_and_imported_again(
    seeded: Path, tmp_path: Path
) -> None:
    a = new_laptop(seeded, tmp_path, "a")
    sessions = Sessions(a)
    pasted = "a\tb\nc\x00d\x07e\u2028f\x85g\ud800h\r\nend"
    region = add_region(sessions, "Tar\ttu\x00 2", "ee", "Science\nPark\u2029")
    service = NotesService(sessions)
    fields = NoteFields(
        region_id=region.id, date_text="2012-03-01", author=pasted, outcome=pasted, body=pasted
    )
    valid = validate(fields, service.region_ids()).note
    assert valid is not None
    service.create(str(uuid.uuid4()), practice_id(sessions, "Help desk"), valid)
    practices = PracticesService(sessions)
    which = practice_id(sessions, "Help desk")
    detail = _practice_revision(sessions, which)
    revision = practices.rename(which, detail, "Help\x00 desk\n", pasted)
    from app.services.practices import PracticeTexts

    practices.update_texts(which, revision, PracticeTexts(pasted, pasted, "unknown", None, pasted))
    add_note(sessions, "Help desk", "Tartu", body="plain")
    raw = export_text(a).encode("utf-8", "surrogatepass")
    sessions.dispose()
    document = parse_document(raw, "a.json")
    assert any(r["name"] == "Tar tu 2" for r in document.regions)
    b = new_laptop(seeded, tmp_path, "b")
    path = tmp_path / "a.json"
    path.write_bytes(raw)
    plan = merge_file(b, path)
    assert plan.counts["notes"]


def _practice_revision(sessions: Sessions, which: str) -> int:
    from app.domain.models import Practice

    with sessions.read() as session:
        practice = session.get(Practice, which)
        assert practice is not None
        return practice.revision


def test_a_copy_of_the_document_is_not_changed_by_reading() -> None:
    document = small_document()
    kept = copy.deepcopy(document)
    parse_document(json.dumps(document).encode(), "f.json")
    assert document == kept
