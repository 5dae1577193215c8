"""Where files are: the shipped data and resources, and the user's own folders.

Shipped files sit inside the package (wheel, frozen bundle) or at the top of a checkout; this
module is the one place that knows both. User files go to platformdirs' folders, or, in
portable mode (a file named ``portable`` beside the frozen executable), to ``userdata`` beside
it. Nothing is ever written next to the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "PracticeCatalogue"
PORTABLE_MARKER = "portable"
DATABASE_NAME = "catalogue.db"

_PACKAGE = Path(__file__).resolve().parent


def _shipped(folder: str, name: str) -> Path:
    packaged = _PACKAGE / folder / name
    if packaged.exists():
        return packaged
    checkout = _PACKAGE.parent / folder / name
    if checkout.exists():
        return checkout
    raise FileNotFoundError(f"shipped file missing from this installation: {folder}/{name}")


def data_file(name: str) -> Path:
    """A file of ``data/``: ``catalogue.json``, ``exchange.schema.json``."""
    return _shipped("data", name)


def resource_file(name: str) -> Path:
    """A file of ``resources/``: icons, style sheets."""
    return _shipped("resources", name)


class UserDirs(NamedTuple):  # a named tuple: built on the way to the first paint
    data: Path
    config: Path
    logs: Path
    portable: bool


def executable_dir() -> Path | None:
    """The folder of the frozen executable, or None when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_dirs(beside: Path | None = None) -> UserDirs | None:
    """The folders beside a portable executable, or None when it is installed (or from source)."""
    beside = beside if beside is not None else executable_dir()
    if beside is not None and (beside / PORTABLE_MARKER).exists():
        base = beside / "userdata"
        return UserDirs(base, base / "settings", base / "logs", portable=True)
    return None


def user_dirs(beside: Path | None = None) -> UserDirs:
    """The user's folders; ``beside`` is the executable's folder (tests pass their own)."""
    portable = portable_dirs(beside)
    if portable is not None:
        return portable
    import platformdirs  # only where needed: 3-5 ms of a start

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return UserDirs(
        Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir), False
    )


def default_database() -> Path:
    return user_dirs().data / DATABASE_NAME
