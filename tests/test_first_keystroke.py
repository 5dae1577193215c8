"""The first keystroke is answered like every later one: the catalogue order the filter needs
is read from the moment the window is built, a read interrupted by a query keeps what it had
read, and a first answer given while the order was still coming equals the later answer."""

from __future__ import annotations

import contextlib
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


def _steps_of_a_whole_read(database: Path) -> int:
    counting, steps = Searcher(database), [0]

    def count() -> int:
        steps[0] += 1
        return 0

    counting.connection.set_progress_handler(count, 1)
    counting.prepare()
    counting.close()
    return steps[0]


def _stopped_at(database: Path, step: int) -> Searcher:
    """A searcher whose order read a newer keystroke stopped at SQLite's ``step``th step
    (what ``interrupt()`` does, at a known point)."""
    searcher, steps = Searcher(database), [0]

    def stop_there() -> int:
        steps[0] += 1
        return 1 if steps[0] == step else 0

    searcher.connection.set_progress_handler(stop_there, 1)
    # (a stop while the memory map is put back is let pass: the read itself was complete)
    with contextlib.suppress(SearchInterrupted):
        searcher.prepare()
    searcher.connection.set_progress_handler(None, 1)
    return searcher


def _half_read(database: Path) -> Searcher:
    """A searcher whose order read a newer keystroke stopped halfway."""
    searcher = _stopped_at(database, _steps_of_a_whole_read(database) // 2)
    assert 0 < len(searcher._order) < 46
    return searcher


def test_an_order_read_stopped_at_any_point_answers_as_a_whole_one(
    many_categories: Path,
) -> None:
    """Wherever a keystroke stops the read (the file's version, the list of categories, one
    category's keys), the next search answers as a searcher that read it all."""
    fresh = Searcher(many_categories)
    expected = {query: fresh.search(query) for query in QUERIES}
    fresh.close()
    total = _steps_of_a_whole_read(many_categories)
    for step in sorted({*range(1, 80), *range(80, total, max(total // 60, 1))}):
        searcher = _stopped_at(many_categories, step)
        assert {query: searcher.search(query) for query in QUERIES} == expected, step
        searcher.close()


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


def test_a_search_stopped_at_any_point_is_either_interrupted_or_whole(
    many_categories: Path,
) -> None:
    """A newer keystroke may stop any statement of a search, its last one (is the index
    still catching up?) included: the worker then hears SearchInterrupted, never a failure."""
    searcher = Searcher(many_categories)
    searcher.prepare()
    expected, steps = searcher.search("desk"), [0]

    def count() -> int:
        steps[0] += 1
        return 0

    searcher.connection.set_progress_handler(count, 1)
    searcher.search("desk")
    total, stopped = steps[0], 0
    for step in range(1, total + 1):
        steps[0] = 0

        def stop_there(step: int = step) -> int:
            steps[0] += 1
            return 1 if steps[0] == step else 0

        searcher.connection.set_progress_handler(stop_there, 1)
        try:
            assert searcher.search("desk") == expected, step
        except SearchInterrupted:
            stopped += 1
    searcher.connection.set_progress_handler(None, 1)
    searcher.close()
    assert stopped == total
