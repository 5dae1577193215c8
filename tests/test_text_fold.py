"""``fold_text`` and the index's shortcut: what a text folds to, that the fast path answers as
the plain one, and that a document stored unfolded (``search_fold`` leaves ASCII and the
accented Latin letters to the tokenizer) gives FTS5 the very words its folded text would."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import search_fold
from app.domain.text_fold import _fold_run, fold_text

FOLDED = [
    ("Συνάντηση στην Αθήνα", "συναντηση στην αθηνα"),
    ("ΑΘΗΝΑΣ Αθήνας", "αθηνασ αθηνασ"),  # final sigma, small or capital, is σ
    ("Ϊ ΐ ΰ", "ι ι υ"),  # dialytika, with or without tonos
    ("Straße STRASSE ẞ", "strasse strasse ss"),
    ("Ülemiste sõber ŠŽ", "ulemiste sober sz"),
    ("Ċebu Ħamrun Għawdex Żebbuġ", "cebu hamrun ghawdex zebbug"),
    ("Življenje Čšž Đurđa", "zivljenje csz durda"),
    ("École œuvre Œdipe ﬁnancement", "ecole oeuvre oedipe financement"),
    ("Łódź Ørsted Æsir ŉ", "lodz orsted aesir 'n"),
    ("e\u0301tude", "etude"),  # an accent typed as a separate mark
    ("Ｔａｒｔｕ", "tartu"),  # full-width letters
    ("किताब 한국어", "किताब 한국어"),  # vowel signs that are letters are kept; Hangul recomposed
]


@pytest.mark.parametrize(("text", "folded"), FOLDED)
def test_what_a_text_folds_to(text: str, folded: str) -> None:
    assert fold_text(text) == folded


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_the_fast_path_folds_as_the_plain_one(text: str) -> None:
    assert fold_text(text) == _fold_run.__wrapped__(text)  # the whole text in one go


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold_text(fold_text(text)) == fold_text(text)


Tokens = Callable[[str], list[str]]


@pytest.fixture
def tokens(db_path: Path, tmp_path: Path) -> Iterator[Tokens]:
    """The words FTS5 makes of a text, with the search index's own tokenizer settings."""
    with sqlite3.connect(db_path) as catalogue:
        (sql,) = catalogue.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'practice_search'"
        ).fetchone()
    connection = sqlite3.connect(tmp_path / "probe.db", isolation_level=None)
    connection.execute(sql.replace("practice_search", "probe", 1))
    connection.execute("CREATE VIRTUAL TABLE probe_words USING fts5vocab(probe, 'instance')")

    def words(text: str) -> list[str]:
        connection.execute("DELETE FROM probe")
        connection.execute("INSERT INTO probe (rowid, title) VALUES (1, ?)", (text,))
        rows = connection.execute("SELECT term FROM probe_words ORDER BY offset")
        return [term for (term,) in rows]

    yield words
    connection.close()


def _left_to_the_tokenizer() -> list[str]:
    """Every character outside ASCII that ``search_fold`` stores unfolded."""
    needs = search_fold._NEEDS_FOLDING
    return [chr(c) for c in range(0x80, 0x10000) if not needs.search(chr(c))]


def test_the_tokenizer_folds_each_letter_left_to_it_as_fold_text_does(tokens: Tokens) -> None:
    letters = _left_to_the_tokenizer()
    assert {"é", "ä", "ö", "ü", "õ", "š", "ž", "č", "ċ", "ġ", "ż", "ç"} <= set(letters)
    assert not {"ß", "ħ", "Ħ", "œ", "æ", "ø", "ł", "đ", "ı", "ŉ"} & set(letters)
    for letter in letters:
        text = f"x{letter}y {letter} {letter.upper()}Z"
        assert search_fold.fold_for_index(text) == text
        assert tokens(text) == tokens(fold_text(text)), letter


LETTERS = "aeiouszAZ ÉéÄäÖöÜüÕõŠšŽžČčĊċĠġŻżÇçÑñßẞĦħŒœÆæØøŁłĐđıİΣσςΆάΉήΐΰΪϊΑΘΗΝ\u0301\u0308ﬁ'’-"


# The fixture's table is emptied before every text: sharing it between examples is safe.
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=LETTERS, max_size=40))
def test_what_the_index_stores_gives_the_words_of_the_folded_text(
    tokens: Tokens, text: str
) -> None:
    stored = search_fold.fold_for_index(text)
    assert isinstance(stored, str)
    assert tokens(stored) == tokens(fold_text(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=LETTERS + "\x00\U0001f600中", max_size=60))
def test_the_bulk_pass_folds_a_texts_bytes_as_the_view_folds_the_text(text: str) -> None:
    """The bulk pass (``index_in_bulk``) hands texts over as UTF-8 bytes and keeps the same
    bytes when nothing needs folding; it must store what ``search_fold`` stores."""
    folded = search_fold.fold_utf8(text.encode())
    expected = search_fold.fold_for_index(text)
    assert (folded.decode() if isinstance(folded, bytes) else folded) == expected


def test_the_bulk_fold_passes_other_values_through() -> None:
    assert [search_fold.fold_utf8(value) for value in (None, 3, 2.5, "x")] == [None, 3, 2.5, "x"]
    connection = sqlite3.connect(":memory:")
    search_fold.register(connection)
    sql = "SELECT CAST(search_fold_utf8(CAST(? AS BLOB)) AS TEXT)"
    for text in ("Tartu Estonia", "Ħamrun Malta", "première étude", "", None):
        (stored,) = connection.execute(sql, (text,)).fetchone()
        assert stored == search_fold.fold_for_index(text)
    connection.close()
