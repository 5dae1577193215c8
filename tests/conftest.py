"""Shared fixtures: real SQLite files in a temporary folder, never a mock.

The whole test session runs with its own HOME and XDG folders, so no test reads or writes the
developer's real settings or database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

_SANDBOX = Path(tempfile.mkdtemp(prefix="practice-catalogue-tests-"))
os.environ["HOME"] = str(_SANDBOX)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
# Without a display (CI, a terminal), Qt runs offscreen; a real X server wins when present.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.engine import Sessions  # noqa: E402
from app.services.opening import open_database  # noqa: E402
from tests.http_helpers import server  # noqa: E402, F401 - the counting HTTP server fixture

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.ui.shell.main_window import MainWindow


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--storm-kills",
        default="6",
        help="how many SIGKILLs tests/test_crash_storm.py deals (default 6; try 200)",
    )


@pytest.fixture(autouse=True)
def _english_interface() -> Iterator[None]:
    """Every test starts with English formats (whatever an earlier test installed) and a test
    that switches the interface's language leaves English behind it."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_GB"))
    yield
    if "PySide6" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    from app.ui.common.translation import current_language, install_language

    if QCoreApplication.instance() is not None and current_language() != "en":
        install_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file at the current schema, seeded with the shipped catalogue."""
    return open_database(tmp_path / "catalogue.db").path


@pytest.fixture
def sessions(db_path: Path) -> Iterator[Sessions]:
    sessions = Sessions(db_path)
    yield sessions
    sessions.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, db_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    """Build main windows on the test database; each is closed at teardown."""
    from app.ui import build_main_window

    windows: list[MainWindow] = []

    def make(database: Path | str = db_path, **kwargs: object) -> MainWindow:
        kwargs.setdefault("language", "en")  # the source texts, with English plural forms
        window = build_main_window(database, settings=kwargs.pop("settings", settings), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, qtbot):  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window
