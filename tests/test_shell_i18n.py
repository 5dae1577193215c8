"""The shell's rooms (window, language menu, safety, sync, common pieces) speak the chosen
language and name every control in words for screen readers.

Plural texts are checked with a small French catalogue compiled here (the shipped ones are
filled by translators later): a count must reach Qt as a numerus, not be glued to a noun.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QMessageBox,
    QWidget,
)

from app.domain.languages import LANGUAGES
from app.services.backups import take_backup
from app.ui.common.locale_format import date_time_text
from app.ui.common.status import status_legend, status_text
from app.ui.common.translation import install_translators, saved_language
from app.ui.safety.backups_dialog import BackupsDialog
from app.ui.safety.open_problem import OpenProblemDialog
from app.ui.shell import restart
from app.ui.shell.main_window import MainWindow
from app.ui.shell.restart import relaunch_command
from app.ui.sync.indicator import SyncIndicator
from app.ui.sync.sign_in import SignInDialog
from build_scripts.translations import tool

FRENCH_PLURALS = {
    ("SyncIndicator", "%n change(s) not yet synced"): (
        "%n modification non encore synchronisée",
        "%n modifications non encore synchronisées",
    ),
    ("BackupsDialog", "%n backup(s) in %1. Kept: the newest of each of the last 7 days,"
     " 4 weeks and 6 months."): (
        "%n sauvegarde dans %1.",
        "%n sauvegardes dans %1.",
    ),
}  # fmt: skip


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget`` (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name)


def unnamed_controls(top: QWidget) -> list[str]:
    """The controls under ``top`` a person can reach whose spoken name is missing or is
    only their objectName."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        interactive = isinstance(widget, QAbstractButton) or bool(
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
        if not interactive or widget is top or widget.isHidden():
            continue
        if widget.window() is not top.window():
            continue  # a popup's own window (a combo box's list)
        name = accessible_name(widget)
        if not name.strip() or name == widget.objectName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return missing


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    """French formats, and a French catalogue holding the plural forms above."""
    messages = []
    for (context, source), forms in FRENCH_PLURALS.items():
        numerus = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
        messages.append(
            f"<context><name>{context}</name><message numerus='yes'><source>{source}</source>"
            f"<translation>{numerus}</translation></message></context>"
        )
    ts = tmp_path / "test_fr.ts"
    ts.write_text(
        f"<?xml version='1.0' encoding='utf-8'?><!DOCTYPE TS><TS version='2.1' language='fr'>"
        f"{''.join(messages)}</TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "test_fr.qm"
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(QCoreApplication.instance())
    assert translator.load(str(qm))
    install_translators([translator], "fr")
    yield
    install_translators([], "en")
    QLocale.setDefault(QLocale.system())


# -- View → Language and the restart ---------------------------------------------------------


def answer_language_box(button_text: str) -> None:
    """Click ``button_text`` in the "Change Language" box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_language_menu_lists_the_languages_and_later_keeps_the_window(
    window: MainWindow, settings: QSettings
) -> None:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["System Language", *LANGUAGES.values()]
    assert len(LANGUAGES) == 7
    french = window.findChild(object, "language_fr")
    answer_language_box("Later")
    french.trigger()
    assert saved_language(settings) == "fr"
    assert (
        QSettings(settings.fileName(), QSettings.Format.IniFormat).value("interface/language")
        == "fr"
    )  # written to the file, not only held in memory
    assert window.isVisible() and not restart.restart_requested()
    assert french.isChecked()


def test_relaunch_command_leaves_the_language_to_the_saved_choice() -> None:
    assert relaunch_command(["--lang", "fr", "notes.db"]) == [
        sys.executable,
        "-m",
        "app",
        "notes.db",
    ]
    assert relaunch_command(["--lang=de", "--read-only", "x.db"])[-2:] == ["--read-only", "x.db"]
    assert not any("lang" in part for part in relaunch_command(["--lang=de", "--lang", "el"]))


# -- accessible names --------------------------------------------------------------------------


def test_sign_in_dialog_names_its_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog("postgresql://carl@server/catalogue")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert accessible_name(dialog.address) == "Server address"
    assert accessible_name(dialog.password) == "Password"
    assert dialog.password.accessibleDescription()


def test_backups_dialog_names_its_controls_and_shows_local_dates(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, french: None
) -> None:
    info = take_backup(db_path, "manual", now=datetime(2026, 11, 28, 13, 32, 5, tzinfo=UTC))
    take_backup(db_path, "automatic")
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert accessible_name(dialog.list) == "Backup copies"
    shown = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert date_time_text(info.taken_at) in shown
    assert "28/11/2026" in date_time_text(info.taken_at)  # French: day first, no ISO
    assert not any("2026-11-28" in text for text in shown)
    assert dialog.intro.text().startswith("2 sauvegardes dans ")


def test_open_problem_dialog_names_its_choices(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, french: None
) -> None:
    taken = take_backup(db_path, "automatic", now=datetime(2026, 11, 28, 9, 5, tzinfo=UTC))
    dialog = OpenProblemDialog(db_path, "the file is not a database")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    restore = dialog.findChild(QAbstractButton, "openProblemRestore")
    assert date_time_text(taken.taken_at) in restore.text()
    assert "28/11/2026" in restore.text()
    for button in dialog.findChildren(QAbstractButton):
        assert button.accessibleDescription(), button.objectName()


def test_status_bar_toolbar_and_menus_have_names(window: MainWindow) -> None:
    assert window.status_label.accessibleName() == "Filter result"
    indicator = window.findChild(SyncIndicator, "syncStatus")
    assert indicator is not None and indicator.accessibleName() == "Sync status"
    # The panes are the other rooms'; the shell's own controls are these.
    for part in (window.statusBar(), window.findChild(QWidget, "notesToolbar"), window.menuBar()):
        assert unnamed_controls(part) == [], part.objectName()
    tool_buttons = window.findChild(QWidget, "notesToolbar").findChildren(QAbstractButton)
    assert {"New Note", "Save Note", "Delete Note"} <= {accessible_name(b) for b in tool_buttons}


# -- counts and times in the chosen language ---------------------------------------------------


def test_sync_indicator_counts_with_plural_forms_and_local_times(qtbot, french: None) -> None:  # type: ignore[no-untyped-def]
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.counted(1)
    assert indicator.text() == "1 modification non encore synchronisée"
    indicator.counted(2)
    assert indicator.text() == "2 modifications non encore synchronisées"
    QLocale.setDefault(QLocale("en_US"))  # a 12-hour clock shows that the locale decides
    indicator.synced(datetime(2026, 11, 28, 14, 32))
    assert indicator.text() == "Synced at 2:32\u202fPM" or indicator.text() == "Synced at 2:32 PM"
    assert "Last synced" not in indicator.toolTip()


def test_status_words_and_legend_keep_their_symbols() -> None:
    assert status_text("in_progress") == "◐ in progress"
    assert status_legend() == "○ planned · ◐ in progress · ● completed · ✕ dropped"
