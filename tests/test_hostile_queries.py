"""The filter box is a door: whatever is typed or pasted, the query never raises, never
hangs, and never builds an FTS5 expression that SQLite rejects."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.search.fts import plan
from app.services.search.query import parse
from app.services.search.searcher import Searcher

HOSTILE = [
    '"', '""', '"""', '"a', 'a"', '-', '--', '-"', '-"a', '- -', '"-"', "---x",
    "category:", "region:", "status:", "type:", "category:\"", 'type:"', "-category:",
    ":", "::", ":a", "a:", "a:b:c", "NEAR(", "NEAR(a b)", "NEAR(a b, 3)", "a NEAR b",
    "*", "a*", "*a", "^", "^a", "a^", "AND", "OR", "NOT", "AND OR NOT", "a AND", "OR b",
    "NOT NOT", "(", ")", "(a", "a)", "{a b}", "{", "}", "+", "a + b", "a:*", "col:*",
    "\0", "a\0b", "\0\0\0", "\x01\x02\x1f\x7f", "\t\n\r", "\u200b", "\ufeff", "\U0001f600",
    "\ud800", "a\udfffb", "é" * 1_000, "x" * 10_000, "a " * 5_000, '"' * 10_000,
    "-" * 10_000, "category:" * 1_000, "NEAR(" * 2_000, "(" * 10_000,
]  # fmt: skip


@pytest.fixture
def searcher(db_path: Path) -> Iterator[Searcher]:
    searcher = Searcher(db_path)
    yield searcher
    searcher.close()


def fts5_accepts(connection: sqlite3.Connection, expression: str | None) -> None:
    if expression is not None:  # raises sqlite3.OperationalError on a syntax error
        connection.execute(
            "SELECT count(*) FROM practice_search WHERE practice_search MATCH ?", (expression,)
        ).fetchone()


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_raise(searcher: Searcher, query: str) -> None:
    result = searcher.search(query)
    assert result.query.text == query
    match = plan(result.query)
    fts5_accepts(searcher.connection, match.include)
    fts5_accepts(searcher.connection, match.exclude)


# Any character at all, lone surrogates (a broken paste) and control characters included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ANY_TEXT)
def test_any_text_builds_expressions_fts5_accepts(searcher: Searcher, query: str) -> None:
    match = plan(parse(query))
    fts5_accepts(searcher.connection, match.include)
    fts5_accepts(searcher.connection, match.exclude)
    searcher.search(query)
