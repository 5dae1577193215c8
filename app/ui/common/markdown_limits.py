"""Bounding what Markdown can cost before Qt parses it: length, lines, nesting, table rows.

Qt's Markdown import and its HTML import are quadratic in some shapes — the items of one list,
lists nested in each other, the rows of one table — and laying out a long table or a huge text
holds the window. A description may be up to a million characters, so every text is cut to
sizes measured to render quickly (``tests/benchmarks/render_bench.py``), and every cut is
said in words beside the text, never made silently. Plain string work, testable alone; only
the words of the notes come from Qt (translated, thread-safe: the worker thread renders).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.ui.common.locale_format import number_text
from app.ui.common.translation import fill

translate = QCoreApplication.translate  # "%Ln": the count as the language writes numbers

MAX_CHARS = 30_000
MAX_LINES = 1_000
MAX_DEPTH = 8  # lists and quotes opened on one line; deeper markers are shown as text
MAX_TABLE_CELLS = 300  # table cells, over all the tables of one text (its rows are cut)

# Container markers opening a line: a quote ">", a bullet "-", "+", "*" or a number "1." / "1)".
_MARKER = re.compile(r"[ \t]{0,3}(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*")
_THEMATIC_BREAK = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*")
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")


@dataclass(frozen=True)
class LimitedMarkdown:
    text: str
    notes: tuple[str, ...]  # what was left out, in words, to show below the text


def limit_markdown(
    text: str,
    *,
    max_chars: int = MAX_CHARS,
    max_lines: int = MAX_LINES,
    max_depth: int = MAX_DEPTH,
    max_table_cells: int = MAX_TABLE_CELLS,
) -> LimitedMarkdown:
    """``text`` cut to the limits, with a note for each cut."""
    shown, notes = _cut(text, max_chars, max_lines)
    lines = [_flatten(line, max_depth) for line in shown.split("\n")]
    lines, table_notes = _cap_tables(lines, max_table_cells)
    return LimitedMarkdown("\n".join(lines), tuple(notes + table_notes))


def _cut(text: str, max_chars: int, max_lines: int) -> tuple[str, list[str]]:
    total = len(text)
    shown = text[:max_chars]
    if shown.count("\n") >= max_lines:
        shown = "\n".join(shown.split("\n", max_lines)[:max_lines])
    elif len(shown) < total and "\n" in shown:
        shown = shown[: shown.rindex("\n")]  # end at a line's end, not in a word
    if len(shown) == total:
        return text, []
    note = translate(
        "MarkdownLimits",
        "This text is long: showing the first %1 of %Ln character(s).",
        None,
        total,
    )
    return shown, [fill(note, number_text(len(shown)))]


def _flatten(line: str, max_depth: int) -> str:
    """Markers beyond ``max_depth`` on one line become text: ``- - - … x`` nested 5,000 deep
    is shown as eight nested lists holding the rest of the dashes."""
    if len(line) < 2 * max_depth or _THEMATIC_BREAK.fullmatch(line):
        return line
    position = 0
    for _ in range(max_depth):
        marker = _MARKER.match(line, position)
        if marker is None:
            return line
        position = marker.end()
    marker = _MARKER.match(line, position)
    if marker is None:
        return line
    symbol = marker.start() + len(marker.group()) - len(marker.group().lstrip(" \t"))
    while line[symbol].isdigit():
        symbol += 1  # "12." is escaped as "12\.": a backslash before a digit is kept as text
    return line[:symbol] + "\\" + line[symbol:]  # a backslash makes the marker plain text


def _cap_tables(lines: list[str], max_cells: int) -> tuple[list[str], list[str]]:
    """Table rows beyond ``max_cells`` (counted over all tables) left out, said in a last row.

    A table starts at a delimiter row (``|---|---|``) under a row with a pipe and runs to the
    next blank line, as in GitHub's Markdown (rows need no pipe)."""
    kept: list[str] = []
    notes: list[str] = []
    budget = max_cells
    index = 0
    while index < len(lines):
        line = lines[index]
        kept.append(line)
        index += 1
        if not (_is_delimiter(line) and len(kept) > 1 and "|" in kept[-2]):
            continue
        end = index
        while end < len(lines) and _content(lines[end]).strip():
            end += 1
        rows = end - index
        columns = max(1, _content(line).strip().strip("|").count("|") + 1)
        shown = min(rows, budget // columns)
        kept.extend(lines[index : index + shown])
        budget -= shown * columns
        if shown < rows:
            prefix = _CONTAINER_PREFIX.match(line)
            left_out = rows - shown
            more = translate("MarkdownLimits", "… %Ln more row(s) not shown", None, left_out)
            kept.append(f"{prefix.group() if prefix else ''}| {more} |")
            note = translate(
                "MarkdownLimits", "A table is long: showing %1 of its %Ln row(s).", None, rows
            )
            notes.append(fill(note, number_text(shown)))
        index = end
    return kept, notes


def _content(line: str) -> str:
    prefix = _CONTAINER_PREFIX.match(line)
    return line[prefix.end() :] if prefix else line


def _is_delimiter(line: str) -> bool:
    content = _content(line).strip()
    return "|" in content and "-" in content and bool(_DELIMITER_ROW.fullmatch(content))


CHUNK_LINES = 50  # a text is parsed in pieces of about this many lines or characters …
CHUNK_CHARS = 2_000
MAX_CHUNK_LINES = 100  # … and at most this many, a table excepted (its rows are capped)
MAX_CHUNK_CHARS = 4_000
_FENCE = re.compile(r"(`{3,}|~{3,})")


def chunks(text: str) -> list[str]:
    """``text`` in pieces that Qt parses one by one, each quickly.

    Each Qt call holds Python's interpreter lock for its whole length, so a worker thread
    parsing one long text would still hold the window; pieces let it breathe in between.
    A piece ends at a blank line where it can; a fenced code block cut in two is closed and
    reopened; a line longer than a piece is cut at spaces into paragraphs of its own."""
    pieces: list[list[str]] = [[]]
    sizes = [0]
    fence: str | None = None
    in_table = False
    for line in text.split("\n"):
        content = _content(line).strip()
        blank = not content
        full = len(pieces[-1]) >= CHUNK_LINES or sizes[-1] >= CHUNK_CHARS
        over = len(pieces[-1]) >= MAX_CHUNK_LINES or sizes[-1] + len(line) > MAX_CHUNK_CHARS
        if (fence is None and blank and full) or (over and not in_table):
            if fence is not None:
                pieces[-1].append(fence)
            pieces.append([fence] if fence is not None else [])
            sizes.append(0)
        if len(line) > MAX_CHUNK_CHARS and fence is None:
            for part in _split_line(line):
                pieces.append([part])
                sizes.append(len(part))
            pieces.append([])
            sizes.append(0)
            in_table = False
            continue
        pieces[-1].append(line)
        sizes[-1] += len(line) + 1
        opened = _FENCE.match(content)
        if fence is None and opened:
            fence = opened.group(1)
        elif fence is not None and content.startswith(fence) and not content.strip("`~"):
            fence = None
        previous = pieces[-1][-2] if len(pieces[-1]) > 1 else ""
        in_table = not blank and (in_table or (_is_delimiter(line) and "|" in previous))
    return ["\n".join(piece) for piece in pieces if piece]


def _split_line(line: str) -> list[str]:
    """A very long line in parts of at most ``MAX_CHUNK_CHARS // 2``, cut at spaces if any."""
    parts = []
    limit = MAX_CHUNK_CHARS // 2
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        parts.append(line[:cut])
        line = line[cut:].lstrip(" ")
    parts.append(line)
    return parts
