"""Reading the laptop's unsynced records a batch or two ahead, on a thread of its own, while
the server writes the batch before: the two then overlap instead of taking turns (a first
sync of a large catalogue spends about as long reading here as waiting there).

The thread only reads, with its own connection, each batch in its own short transaction
(``laptop.unsynced``), so a sync stopped anywhere loses nothing. Batches come in the order
they were read: every kind in turn, each by id, as the push needs them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.db.connect import connect
from app.services.sync import laptop

AHEAD = 2  # batches read and waiting, at most
Batch = tuple[str, list[tuple[dict[str, Any], str]]]  # kind, (record, mark) pairs
_END = object()


class ReadAhead:
    """``with ReadAhead(...) as batches: for kind, items in batches: ...``; leaving the
    ``with`` (at the end, on an error, on cancel) stops the thread."""

    def __init__(self, database: Path, kinds: tuple[str, ...], batch: int) -> None:
        self._queue: queue.Queue[object] = queue.Queue(AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._read, args=(database, kinds, batch), name="sync-read", daemon=True
        )

    def __enter__(self) -> ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def __iter__(self) -> Iterator[Batch]:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]

    def _read(self, database: Path, kinds: tuple[str, ...], batch: int) -> None:
        try:
            connection = connect(database)
            try:
                for kind in kinds:
                    for items in laptop.unsynced(connection, kind, batch):
                        if not self._put((kind, items)):
                            return
            finally:
                connection.close()
        except BaseException as error:  # handed to the pushing thread, raised there
            self._put(error)
            return
        self._put(_END)

    def _put(self, item: object) -> bool:
        """Wait for room, unless the reader is told to stop (then False)."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False
