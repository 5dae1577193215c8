"""Telling a caller how far a report got, and letting it stop the report."""

from __future__ import annotations

from collections.abc import Callable

# Called with (done, total) now and then; returning False stops the report, which then
# raises ReportCancelledError and leaves no file behind. ``total`` is 0 when it is not known.
Progress = Callable[[int, int], bool | None]

EVERY = 500  # rows (or practices) between two calls


class ReportCancelledError(Exception):
    """The progress callback asked to stop; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` if there is one; raise ``ReportCancelledError`` when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise ReportCancelledError("the report was cancelled")
