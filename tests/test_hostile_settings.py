"""A damaged or hostile settings file never stops the window from starting.

The settings file is written by hand here, as another program or a damaged disk could leave
it: wrong types, values of absurd size, geometry bytes that are garbage or ask for a window
far off every screen, unknown values."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.db.engine import Sessions
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id

HOSTILE = Path(__file__).parent / "inputs" / "hostile" / "settings.ini"


def hand_written(tmp_path: Path, text: str) -> QSettings:
    path = tmp_path / "hostile.ini"
    path.write_bytes(text.encode("latin-1"))
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_a_hostile_settings_file_starts_the_window(
    qtbot, make_window, tmp_path: Path, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    settings = hand_written(tmp_path, HOSTILE.read_text("latin-1"))
    window: MainWindow = make_window(settings=settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() > 100 and window.height() > 100
    assert window.catalogue.model.rowCount() > 0
    assert all(0 <= size < 100_000 for size in window.splitter.sizes())
    window.catalogue.select_practice(practice_id(sessions, "Web site"))
    assert window.notes.new_note()
    assert window.notes.editor.author.text() == ""  # not 20,000 a's, not "QRect(1, 2, 3, 4)"
    window.close()  # and its state is saved again, sane
    assert isinstance(settings.value("window/geometry"), QByteArray)


@pytest.mark.parametrize(
    "line",
    [
        "expanded=@Size(3 4)",
        "expanded=@Rect(1 2 3 4)",
        "expanded=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5NoSuchType)",
        "expanded=" + ", ".join(f"id{n}" for n in range(20_000)),
        "selected=@Point(1 2)",
        "selected=" + "x" * 100_000,
        "selected=@ByteArray(\\0\\xff)",
    ],
)
def test_wrong_types_in_the_tree_state(qtbot, make_window, tmp_path: Path, line: str) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(settings=hand_written(tmp_path, f"[tree]\n{line}\n"))
    window.show()
    qtbot.waitExposed(window)
    assert window.catalogue.model.rowCount() > 0
