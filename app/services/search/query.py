"""Parsing what a person types into the filter box. Never raises.

Syntax: plain words are ANDed and match as prefixes (so results follow each keystroke);
``"a phrase"`` matches those words in order; ``-word`` or ``-"phrase"`` excludes;
``category:``, ``region:``, ``status:`` and ``type:`` restrict a word to that field (a prefix
of the value is enough: ``category:exp``). Whatever cannot be understood is left out and
described in ``ParsedQuery.ignored``, in words, so the status bar can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = ("category", "region", "status", "type")

_TOKEN = re.compile(
    r"""
    (?P<neg>-)?
    (?:(?P<field>[^\W\d_][\w]*):)?
    (?:
        "(?P<phrase>[^"]*)(?P<close>"?)
      | (?P<word>[^\s"]+)
    )?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    phrase: bool = False
    field: str | None = None
    negated: bool = False
    prefix: bool = True  # the last word may be unfinished


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    text: str
    terms: tuple[Term, ...] = ()
    ignored: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.terms


def parse(text: str) -> ParsedQuery:
    terms: list[Term] = []
    ignored: list[str] = []
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        match = _TOKEN.match(text, position)
        assert match is not None  # every group is optional: the pattern always matches
        end = max(match.end(), position + 1)
        _read(match, text[position:end], terms, ignored)
        position = end
    return ParsedQuery(text, tuple(terms), tuple(ignored))


def _read(match: re.Match[str], raw: str, terms: list[Term], ignored: list[str]) -> None:
    negated = bool(match["neg"])
    field_name = match["field"].casefold() if match["field"] else None
    phrase = match["phrase"]
    value = phrase if phrase is not None else match["word"]
    if field_name is not None and field_name not in FIELDS:
        known = ", ".join(f"{name}:" for name in FIELDS)
        ignored.append(f"unknown field “{match['field']}:” (known: {known})")
        return
    if value is None or not value.strip():
        if field_name is not None:
            ignored.append(f"“{field_name}:” needs a value")
        elif phrase is not None:
            ignored.append("empty quotes" if match["close"] else "a stray quote")
        elif not negated:
            ignored.append(f"“{raw}”")
        return
    if not any(character.isalnum() for character in value):
        ignored.append(f"“{value}” (no letters or digits)")
        return
    closed = phrase is not None and bool(match["close"])
    if phrase is not None and not closed:
        ignored.append(f"the missing closing quote (searched “{value.strip()}” as a phrase)")
    terms.append(
        Term(
            text=value.strip(),
            phrase=phrase is not None,
            field=field_name,
            negated=negated,
            prefix=not closed,
        )
    )
