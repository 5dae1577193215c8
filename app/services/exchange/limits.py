"""Every limit an exchange file must keep, in one place, and which characters a text may hold.

A file from anyone is read: these bound what reading it can cost (memory, time, the C stack)
and keep out what the application itself would never write. Each is far above what a real
export holds (a note's body is a few thousand characters; the deepest value is a record's
``versions`` object, three levels below the file's top), and each refusal says which limit.

The editors clean what they store with :func:`one_line` and :func:`multi_line`, so a file the
application exports always reads back.
"""

from __future__ import annotations

import re

MAX_BYTES = 1 << 30  # 1 GiB: about a million notes as we write them; larger is refused unread
MAX_RECORDS = 2_000_000  # of all kinds together: the ids seen are held to find repeats
MAX_HELD_RECORDS = 100_000  # records before "format" and "version" wait in memory until then
MAX_DEPTH = 8  # brackets open at once; ours: the file, a list, a record, its versions (4)
MAX_REPLICAS = 1_000  # entries of a record's "versions" (one per laptop that edited it)
MAX_WHOLE_NUMBER = 2**31 - 1  # positions, revisions, edit counts (SQLite's own stop at 2**63)
MAX_REPLICA_ID = 64  # characters of a replica id (ours are 36-character UUIDs)

# Text fields, in characters: what the editors allow for names and titles, much more than
# anyone writes for Markdown bodies (the largest shipped text is under 3,000).
NAME_MAX = 200  # category and region names, note authors
TITLE_MAX = 300  # practice titles and subtitles
LINE_MAX = 500  # note outcomes, partner organisations
BODY_MAX = 1_000_000  # descriptions, summaries, sources, note bodies

# One-line texts hold no control character at all (tab, line breaks, NUL, C1 controls, the
# Unicode line and paragraph separators). Multi-line texts may hold tabs and line breaks
# (\r too: Windows line ends), nothing else below U+0020. Neither holds a lone surrogate
# (a "\ud800" escape in JSON): it is no character and no database can store it as UTF-8.
ONE_LINE_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
MULTI_LINE_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` as a one-line field stores it: tabs and line breaks become spaces, other
    control characters and lone surrogates are dropped (a paste can bring any of them)."""
    return ONE_LINE_REFUSED.sub(_blank_or_nothing, text)


def multi_line(text: str) -> str:
    """``text`` as a multi-line field stores it: control characters other than tabs and line
    breaks, and lone surrogates, are dropped."""
    return MULTI_LINE_REFUSED.sub("", text)


def _blank_or_nothing(match: re.Match[str]) -> str:
    return " " if match.group() in "\t\n\r\x0b\x0c\x85\u2028\u2029" else ""


def describe_character(char: str) -> str:
    """How a refused character is named in a message: ``U+0000 (a control character)``."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X} (half of a surrogate pair, not a character)"
    if char in "\u2028\u2029":
        return f"U+{code:04X} (a line separator)"
    names = {"\t": "a tab", "\n": "a line break", "\r": "a carriage return", "\x00": "NUL"}
    return f"U+{code:04X} ({names.get(char, 'a control character')})"
