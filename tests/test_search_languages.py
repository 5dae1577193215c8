"""The filter in every partner language: case and accents folded as people type them (Greek
tonos, dialytika and final sigma, German ß, Estonian õ, Slovenian č š ž, Maltese ċ ġ ħ ż,
French é and œ), in the index and in the query alike, on every path that writes the index,
in a database upgraded to 0003, and on the window's first keystroke."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.db.connect import connect
from app.db.engine import Sessions
from app.db.migrate import upgrade
from app.db.search_index import index_in_bulk, rebuild
from app.services.catalogue_reader import CatalogueReader
from app.services.opening import open_database
from app.services.regions import add_region
from app.services.search.catch_up import catch_up
from app.services.search.searcher import Searcher
from app.ui.shell.main_window import MainWindow
from tests.factories import add_note, add_practices
from tests.gui_helpers import filter_to
from tests.test_migrations import downgrade_to

# One practice per language (titled "<language> 00000"), a note in a region of that language.
NOTES = {
    "Greek": ("Αθήνα", "GR", "Συνάντηση στην Αθήνα με τους εταίρους της Θεσσαλονίκης"),
    "German": ("Düsseldorf", "DE", "Treffen in der Straße der Einheit, Königstraße, Weißbuch"),
    "Estonian": ("Ülemiste", "EE", "Kohtumine Ülemiste linnakus, vana sõber Tõnu"),
    "Maltese": ("Ħamrun", "MT", "Laqgħa f'Ħamrun u Ċebu, Għawdex, Żebbuġ"),
    "Slovenian": ("Škofja Loka", "SI", "Življenje in delo čebelarjev"),
    "French": ("Besançon", "FR", "Visite de l'École des œuvres, étude de cas"),
    "English": ("Cork", "IE", "A naïve café meeting about the coöperative"),
}
# The same words as a keyboard without those letters writes them (Greek in capitals, without
# accents, as Greek is written in capitals), on a practice of its own.
PLAIN = "ΣΥΝΑΝΤΗΣΗ ΣΤΗΝ ΑΘΗΝΑ, Konigstrasse, Ulemiste sober, Hamrun, zivljenje, ECOLE, oeuvres"

FOUND = [
    ("συναντηση", {"Greek", "Plain"}),
    ("ΑΘΗΝΑ", {"Greek", "Plain"}),
    ("Αθηνα", {"Greek", "Plain"}),
    ("θεσσαλονικης", {"Greek"}),
    ("ΘΕΣΣΑΛΟΝΙΚΗΣ", {"Greek"}),  # a final capital sigma, folded like the small final ς
    ("συναν", {"Greek", "Plain"}),  # a prefix, as typed so far
    ('"στην αθηνα"', {"Greek", "Plain"}),
    ("strasse", {"German"}),  # not "Konigstrasse": words match from their start
    ("STRASSE", {"German"}),
    ("konigstrasse", {"German", "Plain"}),
    ("KÖNIGSTRAẞE", {"German", "Plain"}),
    ("weissbuch", {"German"}),
    ("ulemiste", {"Estonian", "Plain"}),
    ("ÜLEMISTE", {"Estonian", "Plain"}),
    ("sober", {"Estonian", "Plain"}),
    ("sõber", {"Estonian", "Plain"}),
    ("tonu", {"Estonian"}),
    ("cebu", {"Maltese"}),
    ("hamrun", {"Maltese", "Plain"}),
    ("Ħamrun", {"Maltese", "Plain"}),
    ("ghawdex", {"Maltese"}),
    ("zebbug", {"Maltese"}),
    ('"laqgha f hamrun"', {"Maltese"}),
    ("zivljenje", {"Slovenian", "Plain"}),
    ("ŽIVLJENJE", {"Slovenian", "Plain"}),
    ("cebelarjev", {"Slovenian"}),
    ("ecole", {"French", "Plain"}),
    ("École", {"French", "Plain"}),
    ("oeuvres", {"French", "Plain"}),
    ("ŒUVRES", {"French", "Plain"}),
    ("etude", {"French"}),
    ("naive cafe", {"English"}),
    ("cooperative", {"English"}),
    ("region:αθηνα", {"Greek"}),
    ("region:ΑΘΗΝΑ", {"Greek"}),
    ("region:hamrun", {"Maltese"}),
    ("region:ulemiste", {"Estonian"}),
    ("region:skofja", {"Slovenian"}),
    ("region:besancon", {"French"}),
    ("region:dusseldorf", {"German"}),
    ("συναντηση -ecole", {"Greek"}),
    ("-ΣΥΝΑΝΤΗΣΗ hamrun", {"Maltese"}),
]

Find = Callable[[str], set[str]]


@pytest.fixture
def partners(sessions: Sessions) -> Sessions:
    for language, (region, country, body) in NOTES.items():
        add_practices(sessions, "Expansion", 1, language)
        add_region(sessions, region, country)
        add_note(sessions, f"{language} 00000", region, body=body, author=f"{language} author")
    add_practices(sessions, "Expansion", 1, "Plain")
    add_note(sessions, "Plain 00000", "Namur", body=PLAIN)
    return sessions


@pytest.fixture
def find(db_path: Path) -> Iterator[Find]:
    searcher, reader = Searcher(db_path), CatalogueReader(db_path)

    def titles(query: str) -> set[str]:
        result = searcher.search(query)
        assert not result.query.ignored, result.query.ignored
        keys = [key for keys in result.keys_by_category.values() for key in keys]
        return {row.title.removesuffix(" 00000") for row in reader.practice_rows(keys).values()}

    yield titles
    searcher.close()
    reader.close()


@pytest.mark.parametrize(("query", "expected"), FOUND)
def test_a_query_typed_any_way_finds_every_partner_language(
    partners: Sessions, find: Find, query: str, expected: set[str]
) -> None:
    assert find(query) == expected


def _rebuilt(path: Path, how: str) -> None:
    connection = connect(path)
    connection.execute("BEGIN IMMEDIATE")
    if how == "rebuild":
        rebuild(connection)
    elif how == "bulk, every practice":
        index_in_bulk(connection)
    else:
        keys = [k for (k,) in connection.execute("SELECT key FROM practice_search_keys")]
        index_in_bulk(connection, keys)
    connection.execute("COMMIT")
    connection.close()


@pytest.mark.parametrize("how", ["rebuild", "bulk, every practice", "bulk, some practices"])
def test_every_way_of_indexing_folds_the_same(
    partners: Sessions, find: Find, db_path: Path, how: str
) -> None:
    """The triggers (through the view), a rebuild, and an import's set-based pass."""
    before = {query: find(query) for query, _ in FOUND}
    _rebuilt(db_path, how)
    assert {query: find(query) for query, _ in FOUND} == before


def test_a_renamed_category_is_found_without_its_accents(
    partners: Sessions, find: Find, db_path: Path
) -> None:
    connection = connect(db_path)
    connection.execute("UPDATE categories SET name = 'Ανάπτυξη' WHERE name = 'Expansion'")
    connection.close()
    assert "Greek" in find("category:αναπτυξη")
    assert find("category:ΑΝΑΠΤΥΞΗ") == find("category:Ανάπτυξη") == find("category:αναπτ")


# A database as the previous release left it: at 0002, its documents composed without folding.
def _database_at_0002(path: Path) -> None:
    upgrade(path, from_revision=None, target="0002")
    with sqlite3.connect(path) as connection:  # no search_fold: 0002's view does not call it
        connection.execute(
            "INSERT INTO categories (id, name, description, position) VALUES ('c', 'C', '', 0)"
        )
        connection.execute(
            "INSERT INTO regions (id, name, country, partner_organisation, lead_partner)"
            " VALUES ('r', 'Αθήνα', 'GR', '', 0)"
        )
        for pid, title in (("g", "Συνάντηση στην Αθήνα"), ("e", "Plain English")):
            connection.execute(
                "INSERT INTO practices (id, category_id, position, title, subtitle, summary,"
                " description, service_type, source, selected, created_at, updated_at,"
                f" revision) VALUES ('{pid}', 'c', 0, ?, '', '', '', 'unknown', '', 0, 'x',"
                " 'x', 1)",
                (title,),
            )
        connection.execute(
            "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
            " body, created_at, updated_at, revision) VALUES ('n', 'e', 'r', '', '2012-01-01',"
            " 'planned', '', 'Straße', 'x', 'x', 1)"
        )


def _keys(searcher: Searcher, query: str) -> int:
    return searcher.search(query).total


def test_a_database_upgraded_to_0003_finds_folded_words(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_0002(path)
    searcher = Searcher(path)
    assert _keys(searcher, "συναντηση") == 0  # the previous release's index
    searcher.close()
    opened = open_database(path)
    assert opened.migrated_from == "0002"
    with sqlite3.connect(path) as connection:
        queued = connection.execute("SELECT count(*) FROM practice_search_pending").fetchone()
    assert queued == (2,)  # both documents change; a plain ASCII one would not be queued
    searcher = Searcher(path)
    assert searcher.search("plain").index_incomplete
    assert catch_up(path) == 2
    for query in ("συναντηση", "ΑΘΗΝΑ", "Αθηνα", "strasse", "STRASSE", "region:αθηνα"):
        assert _keys(searcher, query) >= 1, query
    assert _keys(searcher, "συναντηση") == 1 and not searcher.search("plain").index_incomplete
    searcher.close()


def test_the_downgrade_puts_back_the_unfolded_documents(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    _database_at_0002(path)
    open_database(path)
    catch_up(path)
    downgrade_to(path, "0002")
    with sqlite3.connect(path, isolation_level=None) as connection:  # as the old release
        (view,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'practice_search_source'"
        ).fetchone()
        assert "search_fold" not in view
        queued, practices = connection.execute(
            "SELECT (SELECT count(*) FROM practice_search_pending),"
            " (SELECT count(*) FROM practices)"
        ).fetchone()
        assert queued == practices  # every practice, for the old release to recompose
        connection.execute("DELETE FROM practice_search")
        connection.execute(
            "INSERT INTO practice_search (rowid, title, notes)"
            " SELECT key, title, notes FROM practice_search_source"
        )
        (title,) = connection.execute(
            "SELECT title FROM practice_search WHERE practice_search MATCH 'Αθήνα'"
        ).fetchone()
    assert title == "Συνάντηση στην Αθήνα"


@pytest.mark.parametrize("query", ["συναντηση", "ΑΘΗΝΑ", "strasse", "hamrun", "region:ulemiste"])
def test_the_first_keystroke_answers_as_the_index_does(
    qtbot, partners: Sessions, make_window, db_path: Path, query: str
) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.show()
    filter_to(qtbot, window, query)  # typed at once, whatever the worker was doing
    first = window.catalogue.current_result()
    expected = Searcher(db_path).search(query)
    assert first is not None and expected.total >= 1
    assert first.keys_by_category == expected.keys_by_category
