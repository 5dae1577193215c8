"""The SQL function ``search_fold(text)`` that the search index's documents pass through
(and ``search_fold_utf8``, the same by way of a text's bytes, for the bulk pass).

Every connection gets it (``app.db.pragmas.apply_pragmas``): the view and the triggers that
compose the documents (migration 0003) call it, so a connection without it cannot write a
practice or a note ("no such function: search_fold"), e.g. the ``sqlite3`` shell.

The index must hold what ``fold_text`` (``app.domain.text_fold``) makes of a text, as far as
FTS5's tokenizer (``unicode61 remove_diacritics 2``) can tell: queries are folded with it.
That tokenizer already lower-cases and strips the accents of the Latin letters most partners
write (é, ä, ö, ü, õ, š, ž, č, ċ, ġ, ż, ...) exactly as ``fold_text`` does, so a text made of
ASCII and those letters only is stored as it is: folding it in Python would change no token
and cost the import about a third more time. Any other letter (Greek, ß, ħ, œ, æ, ł, ø,
ligatures, other scripts) sends the whole text through ``fold_text``. The test suite checks,
letter by letter, that the tokenizer folds every letter of ``_TOKENIZER_FOLDS`` as
``fold_text`` does.
"""

from __future__ import annotations

import re
import sqlite3

from app.domain.text_fold import fold_text

FUNCTION = "search_fold"

# ASCII, and the Latin-1 and Latin Extended-A letters whose folding unicode61 does itself
# (left out: Æ æ Ø ø ß Đ đ Ħ ħ ı Ĳ ĳ Ŀ ŀ Ł ł ŉ Œ œ Ŧ ŧ, which have no decomposition).
_TOKENIZER_FOLDS = (
    "\x00-\x7f\u00c0-\u00c5\u00c7-\u00d7\u00d9-\u00de\u00e0-\u00e5\u00e7-\u00f7"
    "\u00f9-\u010f\u0112-\u0125\u0128-\u0130\u0134-\u013e\u0143-\u0148\u014a-\u0151"
    "\u0154-\u0165\u0168-\u017f"
)
_NEEDS_FOLDING = re.compile(f"[^{_TOKENIZER_FOLDS}]")


SQLValue = str | bytes | int | float | None


def fold_for_index(text: SQLValue) -> SQLValue:
    """A document's text as the index stores it (NULL and non-text values pass through)."""
    if not isinstance(text, str) or _NEEDS_FOLDING.search(text) is None:
        return text
    return fold_text(text)


# The same for the bulk pass that composes every document at once (``search_index``): it
# hands the text over as UTF-8 bytes, ``CAST(search_fold_utf8(CAST(t AS BLOB)) AS TEXT)``.
# A text to store as it is comes back as the same bytes; only its non-ASCII bytes (a few
# accented letters in a page of notes) are decoded and looked at. Measured on a million
# notes: 2 s of the 8.5 s that composing the documents took, down to 0.5 s.
BYTES_FUNCTION = "search_fold_utf8"
_ASCII_BYTES = bytes(range(0x80))


def fold_utf8(data: SQLValue) -> SQLValue:
    """``fold_for_index`` of the text whose UTF-8 bytes are ``data``; anything else as is."""
    if not isinstance(data, bytes):
        return data
    rest = data.translate(None, _ASCII_BYTES)  # whole characters: UTF-8 keeps ASCII apart
    if not rest or _NEEDS_FOLDING.search(rest.decode()) is None:
        return data
    return fold_text(data.decode())


def register(connection: sqlite3.Connection) -> None:
    connection.create_function(FUNCTION, 1, fold_for_index, deterministic=True)
    connection.create_function(BYTES_FUNCTION, 1, fold_utf8, deterministic=True)
