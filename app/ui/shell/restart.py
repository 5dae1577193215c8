"""Starting the application again (after a language change): asked for by the menu, done by
``run_gui`` once the window has closed and the file's single-instance lock is released."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

_requested = False


def request_restart() -> None:
    global _requested
    _requested = True


def restart_requested() -> bool:
    return _requested


def without_language(arguments: Sequence[str]) -> list[str]:
    """``arguments`` without ``--lang CODE`` / ``--lang=CODE``: the saved choice decides."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept


def relaunch_command(argv: Sequence[str] | None = None) -> list[str]:
    """The command that starts this application again with the same options (not ``--lang``)."""
    arguments = without_language(list(sys.argv[1:] if argv is None else argv))
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "app", *arguments]


def start_again() -> None:
    """Start a new, independent process of the application (this one is about to exit)."""
    if sys.platform == "win32":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        subprocess.Popen(relaunch_command(), close_fds=True, creationflags=flags)
    else:
        subprocess.Popen(relaunch_command(), close_fds=True, start_new_session=True)
