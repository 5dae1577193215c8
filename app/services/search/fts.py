"""Turning a parsed query into FTS5 MATCH expressions.

Every term is folded as the documents were (``fold_text``: case and accents in every partner
language, "ΑΘΗΝΑ" -> "αθηνα", "Straße" -> "strasse"), then passed as an FTS5 string (double
quotes, inner quotes doubled), so nothing a person types can be read as FTS5 syntax; the
tokenizer then splits it into words exactly as it did the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.text_fold import fold_text
from app.services.search.query import ParsedQuery, Term


@dataclass(frozen=True, slots=True)
class MatchPlan:
    include: str | None  # practices must match this
    exclude: str | None  # and must not match this


# NUL ends a string early in FTS5's parser ("unterminated string"), and a lone surrogate (a
# broken paste) cannot be encoded for SQLite: both are read as a space between words.
_UNSAYABLE = re.compile("[\0\ud800-\udfff]")


def fts_string(text: str, *, prefix: bool) -> str:
    # Folded before quoting: folding can make a quote of a full-width one ("＂" -> '"').
    quoted = '"' + _UNSAYABLE.sub(" ", fold_text(text)).replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def term_expression(term: Term) -> str:
    string = fts_string(term.text, prefix=term.prefix)
    return f"{term.field} : {string}" if term.field else string


def plan(query: ParsedQuery) -> MatchPlan:
    included = [term_expression(t) for t in query.terms if not t.negated]
    excluded = [term_expression(t) for t in query.terms if t.negated]
    return MatchPlan(
        include=" AND ".join(included) or None,
        exclude=" OR ".join(excluded) or None,
    )
