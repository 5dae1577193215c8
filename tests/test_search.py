"""The filter's query language against a real index: words, accents, phrases, negation,
fields, combinations, malformed input, and an index that follows every write."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.db.connect import connect
from app.db.engine import Sessions
from app.db.search_index import deferred, rebuild
from app.domain.enums import NoteStatus, ServiceType
from app.services.catalogue_reader import CatalogueReader
from app.services.search.query import parse
from app.services.search.searcher import Searcher
from tests.factories import add_note, update_practice

Find = Callable[[str], set[str]]


@pytest.fixture
def searcher(db_path: Path) -> Iterator[Searcher]:
    searcher = Searcher(db_path)
    yield searcher
    searcher.close()


@pytest.fixture
def notes(sessions: Sessions) -> Sessions:
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        status=NoteStatus.COMPLETED,
        body="Living Labs session with R&D partners; études de cas.",
        outcome="Knowledge deficits mapped",
        author="Seren",
    )
    add_note(sessions, "Co-Location", "Namur", status=NoteStatus.PLANNED, body="Shared offices")
    add_note(sessions, "Web site", "Malta", status=NoteStatus.IN_PROGRESS, body="Portal draft")
    update_practice(
        sessions,
        "Collective Booth",
        service_type=ServiceType.PARTNERSHIP,
        description="A joint stand at trade fairs, *shared* by cluster firms.",
    )
    return sessions


def titles(searcher: Searcher, reader: CatalogueReader, query: str) -> set[str]:
    result = searcher.search(query)
    keys = [key for keys in result.keys_by_category.values() for key in keys]
    return {row.title for row in reader.practice_rows(keys).values()}


@pytest.fixture
def find(searcher: Searcher, db_path: Path, notes: Sessions) -> Iterator[Find]:
    reader = CatalogueReader(db_path)
    yield lambda query: titles(searcher, reader, query)
    reader.close()


def test_case_and_accent_insensitive(find: Find) -> None:
    for query in ("croissance", "Croissance", "CROISSANCE", "croissançe"):
        assert find(query) == {"Deal for growth"}, query
    assert find("etudes") == {"Help desk"}  # the note says "études"


def test_words_are_anded_and_match_prefixes(find: Find) -> None:
    assert find("help") == {"Help desk"}
    assert find("inform fund") == {"Information Desk for funding and financing"}
    assert find("desk") == {"Help desk", "Information Desk for funding and financing"}
    assert find("desk help") == {"Help desk"}


def test_note_texts_are_searched(find: Find) -> None:
    assert find("tartu") == {"Help desk"}  # the region of a note
    assert find("living labs") == {"Help desk"}  # the body
    assert find("deficits") == {"Help desk"}  # the outcome
    assert find("seren") == {"Help desk"}  # the author


def test_descriptions_are_searched(find: Find) -> None:
    assert find("fairs") == {"Collective Booth"}


def test_phrases(find: Find) -> None:
    assert find('"contrat de croissance"') == {"Deal for growth"}
    assert find('"croissance de contrat"') == set()
    assert find('"managerial and technical"') == {"Trainings"}


def test_negation(find: Find) -> None:
    assert find("desk -help") == {"Information Desk for funding and financing"}
    everything_but = find("-desk")
    assert len(everything_but) == 13 and "Help desk" not in everything_but
    assert find('-"help desk" desk') == {"Information Desk for funding and financing"}


def test_each_field(find: Find) -> None:
    assert len(find("category:expansion")) == 6
    assert len(find("category:exp")) == 6  # a prefix of the value is enough
    assert find("region:tartu") == {"Help desk"}
    assert find("region:namur") == {"Co-Location"}
    assert find("status:completed") == {"Help desk"}
    assert find("status:progress") == {"Web site"}
    assert find("type:partnership") == {"Collective Booth"}
    assert find("type:partner") == {"Collective Booth"}


def test_field_words_do_not_leak_into_other_fields(find: Find) -> None:
    # "Expansion" is only a category name; "shared" appears in a note and a description.
    assert find("region:expansion") == set()
    assert find("category:shared") == set()


def test_combinations(find: Find) -> None:
    assert find("category:exp region:namur") == {"Co-Location"}
    assert find("category:expansion -region:namur -desk") == {
        "Permanent industrial and commercial offices",
        "Scientific Group Intermediation",
        "Competence centers for projects",
        "Deal for growth",
    }
    assert find("shared -type:partnership") == {"Co-Location"}


@pytest.mark.parametrize(
    ("query", "expected", "ignored_word"),
    [
        ('"contrat de', {"Deal for growth"}, "closing quote"),
        ("croissance foo:bar", {"Deal for growth"}, "foo"),
        ("croissance category:", {"Deal for growth"}, "needs a value"),
        ("croissance &&", {"Deal for growth"}, "no letters"),
        ('croissance "', {"Deal for growth"}, "stray quote"),
    ],
)
def test_malformed_queries_filter_what_they_can(
    find: Find, searcher: Searcher, query: str, expected: set[str], ignored_word: str
) -> None:
    assert find(query) == expected
    assert any(ignored_word in text for text in searcher.search(query).query.ignored)


def test_nothing_usable_means_unfiltered(searcher: Searcher) -> None:
    for query in ("", "   ", "-", "foo:bar", '""'):
        assert not searcher.search(query).filtered


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab -:\"*()^{}+.NOTANDOR\\'éü\t")), max_size=30))
def test_no_query_ever_raises(searcher: Searcher, query: str) -> None:
    parsed = parse(query)
    assert parsed.text == query
    searcher.search(query)  # any sqlite3 error would fail the test


@given(st.text(max_size=40))
def test_parser_never_raises_on_any_text(query: str) -> None:
    assert parse(query).text == query


def test_trashed_notes_are_not_searched(find: Find, notes: Sessions) -> None:
    assert find("portal") == {"Web site"}
    with notes.write() as session:
        session.execute(
            text(
                "UPDATE test_notes SET deleted_at = '2026-01-01T00:00:00.000000Z'"
                " WHERE body = 'Portal draft'"
            )
        )
    assert find("portal") == set()


def test_index_follows_edits_and_renames(find: Find, notes: Sessions) -> None:
    update_practice(notes, "Help desk", title="Service desk")
    assert find("service") == {"Service desk"}
    assert find("help") == set()
    with notes.write() as session:
        session.execute(text("UPDATE categories SET name = 'Growth' WHERE name = 'Expansion'"))
    assert len(find("category:growth")) == 6


def test_rebuild_gives_the_same_answers(find: Find, db_path: Path) -> None:
    queries = ["tartu", "desk", "category:exp", "-desk", "status:completed", "shared"]
    before = {query: find(query) for query in queries}
    connection = connect(db_path)  # the connection carries search_fold
    connection.execute("BEGIN")
    rebuild(connection)
    connection.execute("COMMIT")
    connection.close()
    assert {query: find(query) for query in queries} == before


def test_deferred_bulk_writes_are_indexed_at_the_end(find: Find, db_path: Path) -> None:
    connection = connect(db_path)  # the connection carries search_fold
    connection.execute("BEGIN IMMEDIATE")
    with deferred(connection):
        connection.execute("UPDATE practices SET summary = 'zanzibar' WHERE title = 'Web site'")
    connection.execute("COMMIT")
    connection.close()
    assert find("zanzibar") == {"Web site"}
