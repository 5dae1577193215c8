"""The newest request for a worker thread: a request not yet taken is replaced by a newer one.

What the filter's search worker and the matrix's evidence counter share: the worker waits in
``take`` until there is a request or it is told to stop; the GUI thread ``put``s requests and
``stop``s it. ``lock`` guards whatever else the two sides share (what is running now).
"""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

T = TypeVar("T")


class NewestRequest(Generic[T]):
    def __init__(self) -> None:
        self.lock = threading.Condition()
        self._pending: T | None = None
        self.stopping = False

    def put(self, request: T, *, only_if_idle: bool = False) -> None:
        """Replace the request waiting (``only_if_idle``: only when none waits)."""
        with self.lock:
            if only_if_idle and self._pending is not None:
                return
            self._pending = request
            self.stopping = False
            self.lock.notify()

    def take(self) -> T | None:
        """The newest request, waiting for one; None when told to stop. Call with ``lock``
        held to do more under the same lock."""
        with self.lock:
            while self._pending is None and not self.stopping:
                self.lock.wait()
            if self.stopping:
                return None
            request, self._pending = self._pending, None
            return request

    def stop(self) -> None:
        with self.lock:
            self.stopping = True
            self._pending = None
            self.lock.notify()
