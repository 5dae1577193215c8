"""Running the application, frozen or from source, in a sandbox, and watching for its window.

Shared by smoke_test.py and startup_compare.py. The application has no test hook, so the window
is observed from outside: Qt's ``qt.widgets.painting`` log category reports on stderr when the
main window's first frame is flushed, which is the moment a person would see it. The process is
then ended with SIGTERM (TerminateProcess on Windows).
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "practice-catalogue"
BUNDLE = ROOT / "dist" / APP_NAME
PAINTED = re.compile(r'Flushing .* of MainWindow\(.*name="mainWindow"')
NOISE = re.compile(r"^qt\.widgets\.painting: |This plugin does not support propagateSizeHints")
# What must never appear on stderr: Python or bootloader failures, Qt failing to load a plugin.
FAILURES = re.compile(
    r"Traceback \(most recent call last\)|\[PYI-\d+:|Fatal Python error|qt\.qpa\.plugin|"
    r"Cannot load library|Could not load the Qt platform plugin|ModuleNotFoundError"
)


def executable(folder: Path = BUNDLE) -> Path:
    return folder / (APP_NAME + (".exe" if sys.platform == "win32" else ""))


def source_command() -> list[str]:
    """The application from source, with the interpreter running this script."""
    return [sys.executable, "-m", "app"]


def sandbox_env(home: Path) -> dict[str, str]:
    """An environment whose user folders all lie in ``home``, with Qt offscreen and the
    painting log on stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.widgets.painting.debug=true",
        QT_FORCE_STDERR_LOGGING="1",
        PYTHONUTF8="1",
    )
    return env


def files_under(folder: Path, skip: Sequence[str] = ()) -> list[str]:
    """Every file below ``folder`` (relative, sorted), leaving out the top-level names in skip."""
    if not folder.exists():
        return []
    found = (p.relative_to(folder) for p in folder.rglob("*") if not p.is_dir())
    return sorted(p.as_posix() for p in found if p.parts[0] not in skip)


@dataclass
class WindowRun:
    """One start of the window: how long until it was painted, and how it ended."""

    seconds: float | None  # from start to the main window's first frame; None: never shown
    alive: bool  # still running when it was told to stop (it did not crash or quit)
    returncode: int | None
    stderr: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[str]:
        return [line for line in self.stderr if FAILURES.search(line)]

    @property
    def remarks(self) -> list[str]:
        return [line for line in self.stderr if line.strip() and not NOISE.search(line)]


def run_window(
    command: Sequence[str], env: dict[str, str], cwd: Path, timeout: float = 90
) -> WindowRun:
    """Start the window, wait for its first painted frame, then end the process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(process.stderr, lines), daemon=True)
    reader.start()
    collected: list[str] = []
    painted = None
    while painted is None:
        try:
            line = lines.get(timeout=max(0.0, started + timeout - time.perf_counter()))
        except queue.Empty:
            break
        if line is None:
            break  # stderr closed: the process ended
        collected.append(line.rstrip("\n"))
        if PAINTED.search(line):
            painted = time.perf_counter() - started
    alive = process.poll() is None
    if alive:
        process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    reader.join(timeout=10)
    while not lines.empty():
        line = lines.get()
        if line is not None:
            collected.append(line.rstrip("\n"))
    return WindowRun(painted, alive, process.returncode, collected)


def _pump(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def run(command: Sequence[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
        errors="replace", timeout=300, check=False,
    )  # fmt: skip
