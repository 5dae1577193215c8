"""A JSON object read piece by piece: its keys in order, and array values element by element.

An exchange file of a million notes is close to a gigabyte; parsed whole it costs several
gigabytes of memory and nothing can be merged until the last byte is read. This reads the
file in chunks, decodes UTF-8 as it goes and hands each array element to the standard
library's JSON scanner (what ``raw_decode`` calls), so memory stays at one chunk plus one
element, and a merge can write the first records while later ones are still being read.

Errors say where, like ``json.loads`` does: ``Expecting ',' delimiter at line 7, column 3``,
or the byte offset of text that is not UTF-8.

The scanner recurses once per bracket, in C: a file of a million ``[`` would exhaust the
recursion limit, or on a thread with a small stack (macOS: 512 KiB) the C stack itself
before the limit is reached. So no text reaches the scanner before the brackets in it were
counted (``_DepthGauge``, on the bytes as read, at C speed); deeper than
``limits.MAX_DEPTH`` is refused.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from itertools import accumulate
from json.scanner import make_scanner
from typing import Any, BinaryIO, NoReturn

from app.services.exchange import limits

CHUNK_BYTES = 1 << 22  # 4 MiB read at a time
READ_AHEAD_CHARS = 1 << 20  # an element is decoded with at least this much text after it
MAX_ELEMENT_CHARS = 64 << 20  # larger than any record the format allows, escapes included
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_VALUE_STARTS = frozenset('["-0123456789tfn')
_NUMBER_TAIL = 32  # a value ending this close to the end of the text is read again with more
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_STEPS = {"[": 1, "{": 1, "]": -1, "}": -1}
_BYTE_STEPS = {ord(char): step for char, step in _STEPS.items()}
_NUMBER_TOKENS = re.compile(rf"{_STRING}|-?[0-9]+", re.DOTALL)


class JsonStreamError(ValueError):
    """Not UTF-8 (``offset`` is a byte offset) or not JSON (``line``, ``column``)."""

    def __init__(
        self, message: str, *, line: int = 0, column: int = 0, offset: int | None = None
    ) -> None:
        super().__init__(message)
        self.line, self.column, self.offset = line, column, offset


class _DepthGauge:
    """How many brackets are open at the end of the bytes fed so far, outside strings, and
    whether a piece passed ``limits.MAX_DEPTH``. UTF-8 never uses the bytes of ``"[]{}\\``
    inside another character, so the bytes are read as they come, before decoding: escapes
    dropped (when there is a backslash at all), then everything but quotes and brackets, then
    every string without a bracket in it (a pair of adjacent quotes; only when a string holds
    a bracket are the strings cut out one by one). About 0.7 ms a megabyte, 4 MiB at a time;
    cutting every string out took three times as long. Text that is not JSON may be counted
    wrongly, but only after the point where the scanner refuses it."""

    _ESCAPE = re.compile(rb"\\.", re.DOTALL)
    _OTHER_BYTES = bytes(set(range(256)) - set(b'"[]{}'))

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False
        self.escaped = False  # the last piece ended in a backslash inside a string

    def feed(self, data: bytes) -> bool:
        """Count ``data`` on; False when the brackets in it go deeper than the limit."""
        if self.escaped:
            data, self.escaped = data[1:], False
        if b"\\" in data:
            data = self._ESCAPE.sub(b"", data)
            self.escaped = data.endswith(b"\\")  # (outside a string: not JSON, refused anyway)
        kept = data.translate(None, self._OTHER_BYTES)
        if self.in_string:
            kept = b'"' + kept
        outside = self._outside(kept)
        if not outside:
            return True
        levels = list(accumulate(map(_BYTE_STEPS.__getitem__, outside), initial=self.depth))
        self.depth = levels[-1]
        return max(levels) <= limits.MAX_DEPTH

    def _outside(self, kept: bytes) -> bytes:
        """The brackets of ``kept`` (quotes and brackets, starting outside a string) that are
        outside strings; notes whether a string is still open at its end. Removing adjacent
        quote pairs from the left takes exactly the strings without brackets; any quote left
        over but an opening one at the very end means a string held a bracket."""
        outside = kept.replace(b'""', b"")
        quotes = outside.count(b'"')
        if quotes == 0 or (quotes == 1 and outside.endswith(b'"')):
            self.in_string = quotes == 1
            return outside[:-1] if quotes else outside
        parts = kept.split(b'"')
        self.in_string = len(parts) % 2 == 0  # an odd number of quotes: a string is open
        return b"".join(parts[::2])


class LimitError(JsonStreamError):
    """JSON, but beyond what this reader takes: brackets nested too deep, a number too long."""


class NotAnObjectError(JsonStreamError):
    """Another JSON value than an object at the top (in a large file: something that starts
    like one; it is not read to the end to tell)."""


class JsonObjectStream:
    """The top-level object of ``file``: iterate its keys with :meth:`members`, and after each
    key read its value once with :meth:`value` or, for an array, :meth:`elements`."""

    def __init__(
        self, file: BinaryIO, *, chunk_bytes: int = CHUNK_BYTES, read_ahead: int = READ_AHEAD_CHARS
    ) -> None:
        self._file = file
        self._chunk_bytes, self._read_ahead = chunk_bytes, read_ahead
        # raw_decode without its Python frame (typeshed types make_scanner's argument oddly)
        self._scan: Any = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
        self._pending = b""  # the start of a UTF-8 sequence split between two chunks
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self._bytes_decoded = 0  # bytes turned into text so far
        self._lines_before = 0  # newlines in the text dropped from the front of the buffer
        self._column_base = 0  # characters since the last dropped newline
        self.bytes_read = 0
        self.digest = hashlib.blake2b(digest_size=16)  # of every byte read, for "unchanged?"
        self._bom = 0  # 1 when the text starts with a byte order mark
        self._depth = _DepthGauge()
        self._at = (0, 1, 1)  # position, line, column: counted on as elements are read
        self.starts: list[tuple[int, int]] = []  # line and column of each element read

    # -- the object ---------------------------------------------------------------------

    def members(self) -> Iterator[str]:
        while not self._buffer and self._fill():
            pass
        if self._buffer.startswith("\ufeff"):
            self._pos = self._bom = 1
        opening = self._peek()
        if opening != "{":
            if opening in _VALUE_STARTS:
                self._not_an_object()
            self._raise("Expecting value")
        self._pos += 1
        first = True
        while True:
            char = self._peek()
            if char == "}" and first:
                self._pos += 1
                break
            if not first:
                if char == "}":
                    self._pos += 1
                    break
                self._expect(",", "Expecting ',' delimiter")
                char = self._peek()
            if char != '"':
                self._raise("Expecting property name enclosed in double quotes")
            key = self._element()
            self._peek()
            self._expect(":", "Expecting ':' delimiter")
            self._peek()
            yield key
            first = False
        if self._peek() != "":
            self._raise("Extra data")

    def _not_an_object(self) -> NoReturn:
        """Some other JSON value, or not JSON: json's message when the whole text is at
        hand; a large file that is not an object is refused without reading it all."""
        while not self._eof and len(self._buffer) < CHUNK_BYTES:
            self._fill()
        if self._eof:
            try:
                _value, self._pos = self._scan_here()
            except json.JSONDecodeError as error:
                self._raise(error.msg, error.pos)
            except StopIteration:
                self._raise("Expecting value")
            if self._peek():
                self._raise("Extra data")
        raise NotAnObjectError("Expecting '{'")

    def value(self) -> Any:
        self._peek()
        return self._element()

    def is_array(self) -> bool:
        return self._peek() == "["

    def elements(self) -> Iterator[Any]:
        """The elements of the array value at hand (call :meth:`is_array` first)."""
        self._expect("[", "Expecting '['")
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            self._peek()
            self.starts.append(self._location())
            yield self._element()
            char = self._peek()
            self._pos += 1
            if char == "]":
                return
            if char != ",":
                self._pos -= 1
                self._raise("Expecting ',' delimiter")

    @property
    def position(self) -> int:
        """About how many bytes of the file have been parsed (for progress)."""
        return max(self.bytes_read - (len(self._buffer) - self._pos), 0)

    # -- reading ------------------------------------------------------------------------

    def _element(self) -> Any:
        """Decode the value at the position, reading more while it is incomplete (rarely:
        a failed attempt costs a count of the buffer's lines, for the error's position)."""
        while len(self._buffer) - self._pos < self._read_ahead and self._fill():
            pass
        while True:
            try:
                value, end = self._scan_here()
            except (json.JSONDecodeError, StopIteration) as error:
                if not self._eof and len(self._buffer) - self._pos < MAX_ELEMENT_CHARS:
                    self._fill()  # may move the buffer: scan again for the error's position
                    continue
                if isinstance(error, json.JSONDecodeError):
                    self._raise(error.msg, error.pos)
                self._raise("Expecting value", error.value)  # nothing that starts a value
            if len(self._buffer) - end < _NUMBER_TAIL and not self._eof:
                self._fill()
                continue  # a number may go on in the next chunk (3e|-07)
            self._pos = end
            return value

    def _scan_here(self) -> tuple[Any, int]:
        """The scanner at the position; what it refuses beyond JSON's grammar, in words."""
        try:
            return self._scan(self._buffer, self._pos)  # type: ignore[no-any-return]
        except json.JSONDecodeError:
            raise
        except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
            self._number_too_long()
        except RecursionError:  # never, as _check_depth comes first; but never a traceback
            self._raise_limit(f"brackets nested deeper than {limits.MAX_DEPTH} levels")

    def _number_too_long(self) -> NoReturn:
        most = sys.get_int_max_str_digits()
        for token in _NUMBER_TOKENS.finditer(self._buffer, self._pos):
            if token.group()[0] != '"' and len(token.group().lstrip("-")) > most:
                self._raise_limit(f"a number longer than {most:,} digits", token.start())
        self._raise_limit(f"a number longer than {most:,} digits")

    def _peek(self) -> str:
        """The next character that is not white space ('' at the end), without taking it."""
        if self._pos < len(self._buffer) and self._buffer[self._pos] not in " \t\n\r":
            return self._buffer[self._pos]  # the usual case: a comma right after a record
        while True:
            self._pos = _WHITESPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._fill():
                return ""

    def _expect(self, char: str, message: str) -> None:
        if self._peek() != char:
            self._raise(message)
        self._pos += 1

    def _fill(self) -> bool:
        """Append the next chunk to the buffer; False at the end of the file."""
        if self._eof:
            return False
        self._drop_consumed()
        chunk = self._file.read(self._chunk_bytes)
        self.bytes_read += len(chunk)
        self.digest.update(chunk)  # without the interpreter's lock: beside the merge
        data = self._pending + chunk
        final = not chunk
        depth, in_string, start = self._depth.depth, self._depth.in_string, len(self._buffer)
        deep = not self._depth.feed(chunk)
        try:
            text, used = codecs.utf_8_decode(data, "strict", final)
        except UnicodeDecodeError as error:
            offset = self._bytes_decoded + error.start
            raise JsonStreamError(f"byte {offset:,} is not UTF-8", offset=offset) from error
        self._bytes_decoded += used
        self._pending = data[used:]
        self._buffer += text
        self._eof = final
        if deep:  # before the scanner sees it
            self._too_deep(start, depth, in_string)
        return bool(text) or not final

    def _too_deep(self, start: int, depth: int, in_string: bool) -> NoReturn:
        """Where the limit is passed, from ``start`` where ``depth`` brackets were open
        (slowly, once: the file is refused)."""
        escaped = False
        for pos in range(start, len(self._buffer)):
            char = self._buffer[pos]
            if in_string:
                escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
                continue
            in_string = char == '"'
            depth += _STEPS.get(char, 0)
            if depth > limits.MAX_DEPTH:
                self._raise_limit(f"brackets nested deeper than {limits.MAX_DEPTH} levels", pos)
        self._raise_limit(f"brackets nested deeper than {limits.MAX_DEPTH} levels")

    def _location(self) -> tuple[int, int]:
        """Line and column of the position, counted on from the last call (in order: cheap)."""
        pos, line, column = self._at
        newlines = self._buffer.count("\n", pos, self._pos)
        if newlines:
            line += newlines
            column = self._pos - self._buffer.rfind("\n", pos, self._pos)
        else:
            column += self._pos - pos
        self._at = (self._pos, line, column)
        return line, column - (self._bom if line == 1 else 0)

    def _drop_consumed(self) -> None:
        if self._pos < self._chunk_bytes:
            return
        self._location()  # counted on to the position before the text before it goes
        self._at = (0, *self._at[1:])
        dropped = self._buffer[: self._pos]
        newlines = dropped.count("\n")
        if newlines:
            self._lines_before += newlines
            self._column_base = len(dropped) - dropped.rfind("\n") - 1
        else:
            self._column_base += len(dropped)
        self._buffer = self._buffer[self._pos :]
        self._pos = 0

    # -- errors -------------------------------------------------------------------------

    def _raise_limit(self, message: str, pos: int | None = None) -> NoReturn:
        self._raise(message, pos, kind=LimitError)

    def _raise(
        self, message: str, pos: int | None = None, kind: type[JsonStreamError] = JsonStreamError
    ) -> NoReturn:
        pos = self._pos if pos is None else pos
        newlines = self._buffer.count("\n", 0, pos)
        line = self._lines_before + newlines + 1
        last = self._buffer.rfind("\n", 0, pos)
        column = pos - last if last >= 0 else self._column_base + pos + 1
        if line == 1:
            column -= self._bom  # counted as json.loads counts the text without it
        raise kind(
            # json's "Unterminated string starting at" already ends in "at"
            f"{message.removesuffix(' at')} at line {line}, column {column}",
            line=line,
            column=column,
        )
