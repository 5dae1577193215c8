"""The user's folders on Linux by the XDG base directory rules, exactly as platformdirs
gives them for ``PlatformDirs(APP_NAME, appauthor=False)`` (data, config, log), without
importing it: its import costs about 3 ms on the way to the first paint, and the log and
the settings need these folders before it. Other systems ask platformdirs.
``tests/test_xdg_dirs.py`` compares both answers, so a platformdirs that changes its rules
is noticed."""

from __future__ import annotations

import os
import posixpath


def linux_dirs(app: str) -> tuple[str, str, str]:
    """(data, config, log) folders of ``app``."""
    data = posixpath.join(_base("XDG_DATA_HOME", "~/.local/share"), app)
    config = posixpath.join(_base("XDG_CONFIG_HOME", "~/.config"), app)
    log = posixpath.join(_base("XDG_STATE_HOME", "~/.local/state"), app, "log")
    return data, config, log


def _base(variable: str, default: str) -> str:
    """The variable's folder if it is absolute (the spec ignores a relative one), else the
    default under the home folder."""
    path = os.environ.get(variable, "")
    return path if posixpath.isabs(path) else _expand_user(default)


def _expand_user(path: str) -> str:
    """``~`` expanded; a relative or empty ``HOME`` counts as unset (the password database)."""
    home = os.environ.get("HOME")
    if home is not None and not posixpath.isabs(home):
        expanded = path
        try:
            import pwd

            expanded = pwd.getpwuid(os.getuid()).pw_dir.rstrip("/") + path[1:] or "/"
        except (ImportError, KeyError):
            pass
    else:
        expanded = os.path.expanduser(path)
    if not posixpath.isabs(expanded):
        raise RuntimeError(
            f"could not determine the home directory for {path!r}, set an absolute HOME or XDG"
            " variable"
        )
    return expanded
