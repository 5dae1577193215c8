"""Reading an exchange file, and refusing it as a whole when anything in it is wrong.

The file is read in batches (``json_stream``), each checked field by field (``fields``) with
ids unique across the file. Every problem is reported with where it is. Nothing is written
here; references to records in the database are checked by the merge, which reads these
batches as they come and rolls back whatever it wrote when a later one turns out wrong.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from app.services.exchange import FORMAT_NAME, FORMAT_VERSION, ExchangeError, limits
from app.services.exchange.fields import FIELDS, Record, RecordChecker, shown
from app.services.exchange.json_stream import (
    JsonObjectStream,
    JsonStreamError,
    LimitError,
    NotAnObjectError,
)
from app.services.exchange.limits import MAX_BYTES

__all__ = ["MAX_BYTES", "ExchangeError", "Record"]


@dataclass
class ExchangeDocument:
    name: str
    categories: list[Record] = field(default_factory=list)
    regions: list[Record] = field(default_factory=list)
    practices: list[Record] = field(default_factory=list)
    notes: list[Record] = field(default_factory=list)


_TOP = {"format", "version", "exported_at", "application", *FIELDS}


# -- reading ------------------------------------------------------------------------------

BATCH = 2000  # records handed on at a time


@dataclass
class Batch:
    """Checked records of one kind, in file order; ``start`` is the first one's index."""

    kind: str
    start: int
    records: list[Record]


class ExchangeReader:
    """An exchange file read in batches of checked records, never whole: a million notes
    are merged while being read, in bounded memory. Everything the format says is checked
    here (the header, every field, repeated ids); references to records in the database are
    checked by the merge."""

    def __init__(self, file: BinaryIO, name: str, size: int, **stream: int) -> None:
        self.name, self.size = name, size
        self._stream = JsonObjectStream(file, **stream)
        self.header: dict[str, Any] = {}
        self._header_checked = False
        self._unknown: list[str] = []
        self._checkers = {kind: RecordChecker(kind) for kind in FIELDS}
        self._records = 0  # of all kinds, for limits.MAX_RECORDS

    @property
    def digest(self) -> str:
        """Of the bytes read so far: of the whole file once every batch was taken."""
        return self._stream.digest.hexdigest()

    @property
    def bytes_done(self) -> int:
        """About how many bytes of the file have been read and handed on (for progress)."""
        return self._stream.position

    def batches(self) -> Iterator[Batch]:
        try:
            yield from self._batches()
        except LimitError as error:
            raise ExchangeError(f"'{self.name}' cannot be read: {error}") from error
        except JsonStreamError as error:
            if error.offset is not None:
                raise ExchangeError(
                    f"'{self.name}' is not UTF-8 text (byte {error.offset:,} cannot be read)"
                ) from error
            raise ExchangeError(f"'{self.name}' is not JSON: {error}") from error

    def _batches(self) -> Iterator[Batch]:
        stream = self._stream
        held: list[tuple[str, list[Any]]] = []  # lists met before the header: unchecked
        seen: set[str] = set()
        try:
            for key in stream.members():
                if key in seen:
                    raise ExchangeError(f"'{self.name}': the top-level field {shown(key)} repeats")
                seen.add(key)
                if key not in FIELDS:
                    self.header[key] = stream.value()
                    if key not in _TOP:
                        self._unknown.append(key)
                        if self._header_checked:
                            self._refuse_unknown()
                        self._check_header_when_complete()
                    continue
                if not stream.is_array():
                    stream.value()  # what is wrong with the text comes first
                    self._check_header()
                    raise ExchangeError(f"'{self.name}': {key!r} is missing or not a list")
                stream.starts.clear()  # of the elements of a list read before
                if not self._header_checked and {"format", "version"} <= self.header.keys():
                    self._check_header()
                if self._header_checked:
                    yield from self._checked(key, stream.elements())
                else:  # an unusual order: the records wait until the header is known
                    held.append((key, self._held(key, stream.elements(), held)))
        except NotAnObjectError:
            raise ExchangeError(
                f"'{self.name}' is not an exchange file (expected a JSON object)"
            ) from None
        self._check_header()
        for key, records in held:
            yield from self._checked(key, iter(records))
        for kind in FIELDS:
            if kind not in seen:
                raise ExchangeError(f"'{self.name}': {kind!r} is missing or not a list")

    def _held(
        self, key: str, elements: Iterator[Any], held: list[tuple[str, list[Any]]]
    ) -> list[Any]:
        before = sum(len(records) for _key, records in held)
        records = list(islice(elements, limits.MAX_HELD_RECORDS - before + 1))
        if before + len(records) > limits.MAX_HELD_RECORDS:
            raise ExchangeError(
                f"'{self.name}': more than {limits.MAX_HELD_RECORDS:,} records come before"
                f" 'format' and 'version' ({key!r}); the header must come first"
            )
        self._stream.starts.clear()  # positions are not kept for these
        return records

    def _checked(self, kind: str, records: Iterator[Any]) -> Iterator[Batch]:
        checker = self._checkers[kind]
        starts = self._stream.starts
        start = 0
        while True:
            with paused_gc():
                batch = list(islice(records, BATCH))
                where = starts if len(starts) == len(batch) else None  # None: held records
                checker.check_batch(start, batch, where)
                starts.clear()
            if not batch:
                return
            self._count(kind, start, len(batch))
            yield Batch(kind, start, batch)
            start += len(batch)

    def _count(self, kind: str, start: int, size: int) -> None:
        self._records += size
        if self._records > limits.MAX_RECORDS:
            raise ExchangeError(
                f"'{self.name}' holds more than {limits.MAX_RECORDS:,} records (at {kind}"
                f"[{start + size - (self._records - limits.MAX_RECORDS)}]): more than"
                " this application imports from one file"
            )

    def _check_header_when_complete(self) -> None:
        if {"format", "version"} <= self.header.keys():
            self._check_header()

    def _check_header(self) -> None:
        if self._header_checked:
            return
        name, header = self.name, self.header
        if header.get("format") != FORMAT_NAME:
            raise ExchangeError(
                f"'{name}' is not a Practice Catalogue exchange file"
                f" (format {shown(header.get('format'))}, expected {FORMAT_NAME!r})"
            )
        version = header.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ExchangeError(f"'{name}': version {shown(version)} is not a number")
        if version > FORMAT_VERSION:
            raise ExchangeError(
                f"'{name}' was written in exchange format version {shown(version)}, newer than"
                f" this application reads ({FORMAT_VERSION}); update the application"
            )
        if version < 1:
            raise ExchangeError(f"'{name}': version {shown(version)} does not exist")
        self._refuse_unknown()
        self._header_checked = True

    def _refuse_unknown(self) -> None:
        if self._unknown:
            raise ExchangeError(f"'{self.name}': unknown top-level field {shown(self._unknown[0])}")


@contextmanager
def open_exchange_file(path: Path) -> Iterator[ExchangeReader]:
    """The reader of the exchange file at ``path``; refused unread when absurdly large."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeError(f"cannot read '{path}': {error.strerror or error}") from error
    if path.is_dir():
        raise ExchangeError(f"'{path}' is a folder, not an exchange file")
    if size > MAX_BYTES:
        raise ExchangeError(
            f"'{path.name}' is {size / 2**30:.1f} GiB: larger than any exchange file this "
            f"application accepts ({MAX_BYTES / 2**30:.0f} GiB)"
        )
    try:
        file = path.open("rb")
    except OSError as error:
        raise ExchangeError(f"cannot read '{path}': {error.strerror or error}") from error
    with file:
        yield ExchangeReader(file, path.name, size)


def read_document(path: Path) -> ExchangeDocument:
    """The whole file in memory, checked (for small files; imports read as they merge)."""
    with open_exchange_file(path) as reader:
        return _collect(reader)


def parse_document(raw: bytes, name: str, **stream: int) -> ExchangeDocument:
    """``stream``: chunk sizes for ``JsonObjectStream`` (tests read in tiny pieces)."""
    return _collect(ExchangeReader(io.BytesIO(raw), name, len(raw), **stream))


def _collect(reader: ExchangeReader) -> ExchangeDocument:
    document = ExchangeDocument(reader.name)
    for batch in reader.batches():
        getattr(document, batch.kind).extend(batch.records)
    return document


@contextmanager
def paused_gc() -> Iterator[None]:
    """Building millions of small objects with the cyclic collector on makes it rescan them
    over and over (most of the time of reading a large file); they hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
