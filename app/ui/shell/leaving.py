"""Leaving cleanly, however the process ends.

Every main window is shut down (what is typed saved, workers stopped, the file let go) on
``QApplication.aboutToQuit``, on SIGTERM, SIGHUP and SIGINT (a laptop shutting down, a
terminal closed, Ctrl+C), and at interpreter exit (a script that built a window through
``build_main_window`` and never closed it). Without this a running ``QThread`` is destroyed
with the process and Qt aborts it.

Python runs signal handlers only when the interpreter gets control, which Qt's event loop
does not give it; ``signal.set_wakeup_fd`` writes to a pipe (a socket on Windows, where
pipes cannot be watched) that a ``QSocketNotifier`` watches, so a signal wakes the loop at
once. A pipe on POSIX because importing ``socket`` costs 3 ms on the way to the first paint.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import weakref
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class Leaving(Protocol):
    def shutdown(self) -> None: ...


_windows: weakref.WeakSet[Leaving] = weakref.WeakSet()
_hooked: set[int] = set()  # the QApplication objects already connected


def watch(window: Leaving) -> None:
    """Shut ``window`` down when the application quits or the interpreter exits."""
    _windows.add(window)
    application = QApplication.instance()
    if application is not None and id(application) not in _hooked:
        _hooked.add(id(application))
        application.aboutToQuit.connect(shut_down_all)


def shut_down_all() -> None:
    for window in list(_windows):
        with contextlib.suppress(RuntimeError):  # its C++ side is already gone
            window.shutdown()


atexit.register(shut_down_all)


class SignalRelay(QObject):
    """Turns termination signals into a clean quit, once the event loop runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = _wakeup_pair()
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            signal.signal(number, self._noted)
        self.received: list[int] = []

    def _noted(self, number: int, _frame: object) -> None:
        self.received.append(number)  # the work happens in _woken, on the event loop

    def _woken(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.read(64)
        if self.received:
            shut_down_all()
            QApplication.quit()

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for number in SIGNALS:
            signal.signal(
                number, signal.SIG_DFL if number != signal.SIGINT else signal.default_int_handler
            )
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class _End(Protocol):
    def fileno(self) -> int: ...
    def read(self, size: int) -> bytes: ...
    def close(self) -> None: ...


class _PipeEnd:
    """One end of a non-blocking pipe, shaped like the socket ends used on Windows."""

    def __init__(self, fd: int) -> None:
        os.set_blocking(fd, False)
        self._fd = fd

    def fileno(self) -> int:
        return self._fd

    def read(self, size: int) -> bytes:
        return os.read(self._fd, size)

    def close(self) -> None:
        os.close(self._fd)


class _SocketEnd:
    def __init__(self, end: Any) -> None:
        end.setblocking(False)
        self._end = end

    def fileno(self) -> int:
        return int(self._end.fileno())

    def read(self, size: int) -> bytes:
        return bytes(self._end.recv(size))

    def close(self) -> None:
        self._end.close()


def _wakeup_pair() -> tuple[_End, _End]:
    """The (reading, writing) ends the wake-up byte travels through."""
    if os.name == "posix":
        reading, writing = os.pipe()
        return _PipeEnd(reading), _PipeEnd(writing)
    import socket

    first, second = socket.socketpair()
    return _SocketEnd(first), _SocketEnd(second)
