"""On Linux the user's folders are computed without platformdirs (its import is on the way to
the first paint): the answers must be platformdirs' own, whatever the environment holds."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from app.paths import APP_NAME, user_dirs
from app.xdg_dirs import linux_dirs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rules")

VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")


def platformdirs_answer() -> tuple[str, str, str]:
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return dirs.user_data_dir, dirs.user_config_dir, dirs.user_log_dir


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        ("unset", "/home/seren"),
        ("/srv/xdg", "/home/seren"),
        ("relative/xdg", "/home/seren"),  # ignored by the spec: the defaults under HOME
        ("", "/home/seren"),
        ("unset", "relative-home"),  # a relative HOME counts as unset
        ("unset", ""),
        ("/srv/xdg", "unset"),
        ("unset", "/"),
    ],
)
def test_the_same_folders_as_platformdirs(
    monkeypatch: pytest.MonkeyPatch, xdg: str, home: str
) -> None:
    for name in VARIABLES:
        if xdg == "unset":
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, f"{xdg}/{name.lower()}" if xdg else "")
    if home == "unset":
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert linux_dirs(APP_NAME) == platformdirs_answer()
    dirs = user_dirs(beside=None)
    assert (str(dirs.data), str(dirs.config), str(dirs.logs)) == platformdirs_answer()
