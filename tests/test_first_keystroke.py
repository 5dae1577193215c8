"""The first keystroke is answered like every later one: the catalogue order the filter needs
is read from the moment the window is built, a read interrupted by a query keeps what it had
read, and a first answer given while the order was still coming equals the later answer."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.db.connect import connect
from app.db.engine import Sessions
from app.services.search.searcher import Searcher, SearchInterrupted
from app.ui.shell.main_window import MainWindow
from tests.factories import add_note
from tests.gui_helpers import filter_to

QUERIES = ("a", "co", "tartu", "-desk", "category:expansion", "zzzz")


@pytest.fixture
def many_categories(db_path: Path, sessions: Sessions) -> Path:
    """More categories than the shipped six, so an interrupted read has some left to do."""
    connection = connect(db_path)
    with connection:
        connection.executemany(
            "INSERT INTO categories (id, name, description, position) VALUES (?, ?, '', ?)",
            [(f"00000000-0000-4000-8000-{n:012d}", f"Extra {n}", 100 + n) for n in range(40)],
        )
    connection.close()
    add_note(sessions, "Help desk", "Tartu", body="collective desk notes")
    return db_path


def _half_read(database: Path) -> Searcher:
    """A searcher whose order read a newer keystroke stopped halfway."""
    counting, steps = Searcher(database), [0]

    def count() -> int:
        steps[0] += 1
        return 0

    counting.connection.set_progress_handler(count, 1)
    counting.prepare()  # how many steps a whole read takes
    counting.close()
    halfway, steps[0] = steps[0] // 2, 0
    searcher = Searcher(database)

    def stop_midway() -> int:  # what a newer keystroke's interrupt() does, at a known point
        steps[0] += 1
        return 1 if steps[0] == halfway else 0

    searcher.connection.set_progress_handler(stop_midway, 1)
    with pytest.raises(SearchInterrupted):
        searcher.prepare()
    searcher.connection.set_progress_handler(None, 1)
    assert 0 < len(searcher._order) < 46
    return searcher


def test_an_interrupted_order_read_keeps_its_part_and_answers_the_same(
    many_categories: Path,
) -> None:
    searcher = _half_read(many_categories)  # stopped midway: part of the order kept
    fresh = Searcher(many_categories)
    for query in QUERIES:
        assert searcher.search(query) == fresh.search(query), query
    searcher.close()
    fresh.close()


def test_a_keystroke_during_the_order_read_asks_the_index_on_a_second_connection(
    many_categories: Path,
) -> None:
    searcher = _half_read(many_categories)
    statements: list[str] = []
    searcher.connection.set_trace_callback(statements.append)
    first = searcher.search("collective")
    assert not any("MATCH" in statement for statement in statements)  # it ran beside
    assert len(searcher._order) == 46  # and the order was read on meanwhile
    assert [t.name for t in threading.enumerate() if t.name == "search-beside"] == []
    statements.clear()
    later = searcher.search("collective")
    assert any("MATCH" in statement for statement in statements)  # order whole: one connection
    assert first == later and first.total > 0
    searcher.close()


def test_interrupting_a_search_during_the_order_read_stops_both_reads(
    many_categories: Path,
) -> None:
    searcher = _half_read(many_categories)
    steps = [0]

    def newer_keystroke() -> int:  # what the worker's submit() does for a newer query
        steps[0] += 1
        if steps[0] == 5:
            searcher.interrupt()
        return 0

    searcher.connection.set_progress_handler(newer_keystroke, 1)
    with pytest.raises(SearchInterrupted):
        searcher.search("desk")
    searcher.connection.set_progress_handler(None, 1)
    assert [t.name for t in threading.enumerate() if t.name == "search-beside"] == []
    assert searcher.search("desk") == Searcher(many_categories).search("desk")
    searcher.close()


def test_the_order_is_read_again_when_the_file_changed(many_categories: Path) -> None:
    searcher = Searcher(many_categories)
    assert searcher.search("zanzibar").total == 0
    other = Sessions(many_categories)
    add_note(other, "Web site", "Malta", body="zanzibar")
    other.dispose()
    assert searcher.search("zanzibar").total == 1
    searcher.close()


def test_the_window_reads_the_order_before_it_is_shown(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """Built, not yet shown: the search worker is already reading the catalogue order."""
    window = make_window()
    searcher = window.catalogue._worker._searcher
    qtbot.waitUntil(lambda: len(searcher._order) == 6, timeout=10_000)
    assert not window.isVisible()


@pytest.mark.parametrize("query", QUERIES)
def test_the_first_keystroke_shows_what_every_later_one_would(
    qtbot, window: MainWindow, db_path: Path, query: str
) -> None:  # type: ignore[no-untyped-def]
    window.show()
    filter_to(qtbot, window, query)  # typed at once, whatever the worker was doing
    first = window.catalogue.current_result()
    expected = Searcher(db_path).search(query)
    shown = {c: keys for c, keys in first.keys_by_category.items()} if first else {}
    assert shown == expected.keys_by_category


def test_a_query_during_the_order_read_is_answered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.catalogue
    with qtbot.waitSignal(pane.filterApplied, timeout=10_000):
        pane._worker.prepare()
        pane.filter_edit.setText("desk")
    assert pane.settled and pane.model.shown_practices >= 1
