"""Folding text for the filter: case and accents, as people leave them out when they type.

``fold_text`` is applied to what the search index stores and to every query term alike, so
"συναντηση" finds "Συνάντηση", "strasse" finds "Straße", "hamrun" finds "Ħamrun" and the
other way round. The steps: compatibility decomposition (NFKD: "ﬁ" -> "fi", "é" -> "e" + an
accent), Unicode case folding ("ß" -> "ss", "ς" -> "σ", "Σ" -> "σ"), every combining mark
dropped (accents, Greek tonos and dialytika, cedilla, caron, dots, ogonek, tilde: "õ" -> "o"),
the letters that carry a stroke or are ligatures without a decomposition mapped to what a
keyboard without them types (``_LETTERS``), and the rest recomposed (NFC).

The limits, on purpose: "ä" folds to "a", not "ae", so "Muenchen" does not find "München";
"õ" and "o" become one letter although Estonian counts them apart (a filter that finds too
much is better than one that misses). Marks that are letters in their own script (the vowel
signs of Indic scripts, which have a combining class of 0) are kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters with no decomposition, and what a keyboard without them types instead. Only
# lower case: case folding has already turned "Ħ" into "ħ", "Ø" into "ø" and so on.
_LETTERS = str.maketrans(
    {
        "ħ": "h",  # Maltese: "Ħamrun" is typed "Hamrun"
        "đ": "d",  # Slovenian and Croatian keyboards, Vietnamese
        "ł": "l",
        "ø": "o",
        "ŧ": "t",
        "ı": "i",  # Turkish dotless i
        "œ": "oe",  # French: "œuvre" is typed "oeuvre"
        "æ": "ae",
        "ʼ": "'",  # modifier apostrophe, as in NFKD("ŉ") = "ʼn": a separator like "'"
    }
)

# Text outside ASCII comes in short runs (an accented letter, a Greek word): only those runs
# need the Unicode steps, and the same runs come back again and again.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_text(text: str) -> str:
    """``text`` as the filter compares it: lower case, no accents (see the module's doc)."""
    if text.isascii():
        return text.lower()
    # Lower case first: str.lower() never leaves a letter that case folding would treat
    # differently, and it folds the ASCII between the runs.
    return _NON_ASCII.sub(_fold_match, text.lower())


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match[0])


@lru_cache(maxsize=8192)
def _fold_run(run: str) -> str:
    # Decompose again after folding: folding can turn one letter into letters with marks.
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", run).casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.translate(_LETTERS))
