"""Start-up's background work, run when the person pauses, one piece at a time.

After the first paint a window still has work to start: import the write path, back the file
up, finish an interrupted indexing, count the changes not yet synced. Each runs off the GUI
thread, but Python runs one thread at a time: started while the person types, they took the
interpreter from the window for 50-450 ms at a time (100,000 practices, typing in the filter
two seconds after the window opened). So each piece waits until no key, click or wheel has
come for ``quiet_ms`` (the first not before ``quiet_ms`` after ``start``), and the next one
``spacing_ms`` after it, or again ``quiet_ms`` after the next input.

Input is noticed by an event filter on the application, installed only while work waits.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

QUIET_MS = 1500
SPACING_MS = 250

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
    }
)


class WhenIdle(QObject):
    """``later(task)`` queues a callable; after ``start()`` the queue runs on quiet moments."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        quiet_ms: int = QUIET_MS,
        spacing_ms: int = SPACING_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whenIdle")
        self._quiet_ms = quiet_ms
        self._spacing_ms = spacing_ms
        self._tasks: deque[Callable[[], object]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_next)
        self._started = False
        self._stopped = False
        self._watching = False

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def later(self, task: Callable[[], object]) -> None:
        if self._stopped:
            return
        self._tasks.append(task)
        if self._started and not self._timer.isActive():
            self._arm(self._quiet_ms)

    def start(self) -> None:
        """From now on (the window has painted), queued work runs on quiet moments."""
        if self._started or self._stopped:
            return
        self._started = True
        if self._tasks:
            self._arm(self._quiet_ms)

    def stop(self) -> None:
        """Nothing more runs (the window closes); safe to call twice."""
        self._stopped = True
        self._tasks.clear()
        self._timer.stop()
        self._watch(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._timer.start(self._quiet_ms)  # the person is busy: wait for the next pause
        return False

    def _arm(self, milliseconds: int) -> None:
        self._watch(True)
        self._timer.start(milliseconds)

    def _watch(self, on: bool) -> None:
        application = QCoreApplication.instance()
        if on == self._watching or application is None:
            return
        if on:
            application.installEventFilter(self)
        else:
            application.removeEventFilter(self)
        self._watching = on

    def _run_next(self) -> None:
        if not self._tasks or self._stopped:
            self._watch(False)
            return
        task = self._tasks.popleft()
        if self._tasks:
            self._timer.start(self._spacing_ms)
        else:
            self._watch(False)
        task()
