"""Telling a caller how far long work got (a report, an export, an import), and letting it
stop the work: the one ``Progress`` type of the application."""

from __future__ import annotations

from collections.abc import Callable

# Called with (done, total) now and then; returning False stops the work (a report then
# raises ReportCancelledError and leaves no file behind; an import rolls back).
# ``total`` is 0 when it is not known.
Progress = Callable[[int, int], bool | None]

EVERY = 500  # rows (or practices) between two calls


class ReportCancelledError(Exception):
    """The progress callback asked to stop; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` if there is one; raise ``ReportCancelledError`` when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise ReportCancelledError("the report was cancelled")
