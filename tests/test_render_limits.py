"""Hostile Markdown never holds the window: it is cut to bounded sizes, said in words, and
long texts are rendered on a worker thread while the event loop goes on.

Timing budgets live in ``tests/benchmarks/render_bench.py``; these tests check structure (the
depth and size of what is shown) and that the GUI thread is free while a text renders."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QTextDocument

import app.ui.common.markdown as markdown_code
from app.db.engine import Sessions
from app.ui.common.markdown import PREPARING, markdown_html
from app.ui.common.markdown_limits import (
    MAX_CHARS,
    MAX_DEPTH,
    MAX_TABLE_CELLS,
    chunks,
    limit_markdown,
)
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id, update_practice
from tests.http_helpers import CountingServer

NESTED = "- " * 5_000 + "x"  # 10 KB: 5,000 lists nested in each other


def list_depths(document: QTextDocument) -> list[int]:
    depths = []
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            depths.append(block.textList().format().indent())
        block = block.next()
    return depths


def rendered(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def test_nesting_is_drawn_at_most_eight_deep(qapp) -> None:  # type: ignore[no-untyped-def]
    document = rendered(markdown_html(NESTED))
    depths = list_depths(document)
    assert depths and max(depths) <= MAX_DEPTH
    assert document.blockCount() < 20  # not 5,000 blocks
    assert document.toPlainText().rstrip().endswith("x")  # the rest shown as text, not lost


def test_indented_nesting_is_clamped_too(qapp) -> None:  # type: ignore[no-untyped-def]
    text = "".join("  " * level + f"- level {level}\n" for level in range(100))
    document = rendered(markdown_html(text))
    assert max(list_depths(document)) == MAX_DEPTH
    assert "level 99" in document.toPlainText()


@pytest.fixture
def british() -> Iterator[None]:
    """Numbers as English writes them (the tests' C locale groups no digits)."""
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale.system())


def test_a_long_text_is_cut_and_says_so(british: None) -> None:
    text = "word " * 1_000_000
    limited = limit_markdown(text)
    assert len(limited.text) <= MAX_CHARS
    # "character(s)" until the English catalogue gives the plural forms
    [note] = limited.notes
    shown = f"{len(limited.text):,}"
    assert note.startswith(f"This text is long: showing the first {shown} of 5,000,000 character")
    assert "of 5,000,000 character" in markdown_html(text)


def test_many_lines_are_cut_at_a_line_end(british: None) -> None:
    limited = limit_markdown("- x\n" * 25_000)
    assert limited.text.count("\n") < 1_000 and limited.text.endswith("- x")
    assert "of 100,000 character" in limited.notes[0]


def test_a_short_text_is_untouched() -> None:
    text = "# Title\n\n- a\n  - b\n\n|a|b|\n|-|-|\n|1|2|\n"
    assert limit_markdown(text).text == text and limit_markdown(text).notes == ()


def test_table_rows_are_capped_with_a_last_row_saying_so(qapp, british) -> None:  # type: ignore[no-untyped-def]
    text = "|a|b|c|\n|-|-|-|\n" + "|1|2|3|\n" * 900
    limited = limit_markdown(text)
    shown = MAX_TABLE_CELLS // 3
    assert limited.text.count("|1|2|3|") == shown
    assert f"| … {900 - shown:,} more row" in limited.text
    [note] = limited.notes
    assert note.startswith(f"A table is long: showing {shown} of its 900 row")
    document = rendered(markdown_html(text))
    tables = [frame for frame in document.rootFrame().childFrames()]
    assert len(tables) == 1 and tables[0].rows() == shown + 2  # header + rows + the note


def test_rows_without_pipes_still_count() -> None:
    limited = limit_markdown("|a|\n|-|\n" + "a\n" * 50_000)
    assert limited.text.count("\na") <= MAX_TABLE_CELLS


def test_a_fenced_block_cut_in_pieces_is_reopened() -> None:
    pieces = chunks("```\n" + "code\n" * 250 + "```\nafter")
    assert len(pieces) > 1
    assert all(piece.startswith("```") for piece in pieces[:-1])
    assert all(piece.count("```") == 2 for piece in pieces[:-1])
    assert pieces[-1].endswith("after")


def test_pieces_lose_no_text() -> None:
    text = "\n".join(f"line {n}" + ("\n" if n % 7 == 0 else "") for n in range(1_000))
    joined = "\n".join(chunks(text))
    assert [w for w in joined.split() if w != "line"] == [str(n) for n in range(1_000)]


@pytest.fixture
def nested_practice(sessions: Sessions) -> str:
    update_practice(sessions, "Web site", description=NESTED)
    return practice_id(sessions, "Web site")


def test_selecting_a_nested_list_keeps_the_window_free(
    qtbot, window: MainWindow, nested_practice: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The worker waits until a timer of the GUI thread has fired. Rendering on the GUI
    thread would wait in vain (the timer cannot fire) and show "GUI thread was blocked"."""
    released = threading.Event()
    real = markdown_code.build_page  # the detail pane imports it when it first renders

    def build_after_a_tick(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not released.wait(timeout=20):
            raise AssertionError("GUI thread was blocked")
        return real(*args, **kwargs)

    monkeypatch.setattr(markdown_code, "build_page", build_after_a_tick)
    QTimer.singleShot(0, released.set)
    with qtbot.waitSignal(window.detail.rendered, timeout=30_000):
        assert window.catalogue.select_practice(nested_practice)
        assert PREPARING in window.detail.toPlainText()  # the title and facts, at once
        assert "Web site" in window.detail.toPlainText()
    text = window.detail.toPlainText()
    assert "GUI thread was blocked" not in text and "could not be shown" not in text
    assert text.count("x") >= 1 and PREPARING not in text
    assert max(list_depths(window.detail.document())) <= MAX_DEPTH


def test_a_newer_selection_wins_over_a_slow_render(
    qtbot, window: MainWindow, nested_practice: str, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    other = practice_id(sessions, "Co-Location")
    window.catalogue.select_practice(nested_practice)
    assert window.detail.rendering
    window.catalogue.select_practice(other)  # short: shown at once
    qtbot.waitUntil(lambda: not window.detail.rendering, timeout=30_000)
    assert window.detail.shown_id == other
    assert window.detail.toPlainText().startswith("Co-Location")


def test_a_long_text_with_remote_images_loads_nothing(
    qtbot, window: MainWindow, sessions: Sessions, server: CountingServer
) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{server.server_address[1]}"
    update_practice(
        sessions, "Web site", description=f"![pixel]({url}/a.png)\n\n" + "text line\n" * 3_000
    )
    with qtbot.waitSignal(window.detail.rendered, timeout=30_000):
        window.catalogue.select_practice(practice_id(sessions, "Web site"))
    window.detail.viewport().grab()
    assert "[image not loaded: pixel]" in window.detail.toPlainText()
    assert window.detail.document().loadResource(2, f"{url}/a.png") is None
    assert server.requests == []


def test_a_long_note_preview_renders_on_the_worker(
    qtbot, window: MainWindow, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    window.catalogue.select_practice(practice_id(sessions, "Web site"))
    assert window.notes.new_note()
    editor = window.notes.editor
    editor.body.setPlainText(NESTED)
    with qtbot.waitSignal(editor.preview.rendered, timeout=30_000):
        editor.tabs.setCurrentWidget(editor.preview)
        assert editor.preview.rendering and PREPARING in editor.preview.toPlainText()
    assert PREPARING not in editor.preview.toPlainText()
    assert 0 < max(list_depths(editor.preview.document())) <= MAX_DEPTH
