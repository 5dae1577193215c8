"""Syncing from the window against a real PostgreSQL server: the sign-in dialog (the password
in memory only), the status-bar indicator, another laptop's sync shown live, Cancel, and the
room's workers stopped when the window goes."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.db.engine import Sessions
from app.services.sync.engine import remembered_url, sync
from app.ui.core.actions import ActionName
from app.ui.shell.main_window import MainWindow
from app.ui.sync.sign_in import SignInDialog
from tests.exchange_helpers import export_text, new_laptop
from tests.factories import add_note, practice_id
from tests.gui_helpers import press_cancel_when
from tests.sync.conftest import Server, person

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def _no_password_from_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq finds no password by itself: only the dialog gives one."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def _window(make_window, qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(path)
    window.show()
    qtbot.waitExposed(window)
    return window  # type: ignore[no-any-return]


def _dialog(window: MainWindow) -> SignInDialog:
    dialog = window.sync.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _submit(dialog: SignInDialog, address: str | None, password: str) -> None:
    if address is not None:
        dialog.address.setText(address)
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # returns after the sync


def _running(window: MainWindow) -> list[str]:
    return [t.objectName() for t in window.findChildren(QThread) if t.isRunning()]


def test_signing_in_syncs_and_the_password_stays_in_memory(  # type: ignore[no-untyped-def]
    qtbot, make_window, catalogue_server: Server, template: Path, tmp_path: Path,
    settings, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(b)
    theirs = add_note(sessions, "Help desk", "Tartu", body="from laptop b")
    sessions.dispose()
    sync(b, url, password=password)
    window = _window(make_window, qtbot, a)
    assert window.registry[ActionName.SYNC].shortcut().toString() == "Ctrl+Shift+Y"
    window.registry[ActionName.SYNC].trigger()
    dialog = _dialog(window)  # nothing remembered: sign in first
    assert (
        dialog.address.text() == ""
        and dialog.password.echoMode() == dialog.password.EchoMode.Password
    )
    _submit(dialog, "", "")
    assert "Give the server's address" in dialog.error.text() and dialog.isVisible()
    _submit(dialog, url, "not-the-password")
    assert "refused the password" in dialog.error.text() and dialog.isVisible()
    # A sentence of the window's (translated), then the server's own words.
    assert dialog.error.text().startswith("The server did not accept the sign-in (")
    assert window.sync.indicator.text().startswith("Refused: ")
    _submit(dialog, None, password)
    assert not dialog.isVisible() and window.sync.dialog is None
    assert window.reader.note(theirs) is not None  # pulled
    assert "received 1 new" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.sync.indicator.text().startswith("Synced at "), timeout=WAIT_MS)
    assert window.sync.listening
    assert remembered_url(a) == url
    assert "syncListener" in _running(window)
    window.shutdown()
    QApplication.instance().aboutToQuit.emit()  # a second time: nothing left to do
    assert _running(window) == []
    settings.sync()
    written = [
        Path(settings.fileName()).read_bytes(),
        *(p.read_bytes() for p in tmp_path.glob("a.db*")),
    ]
    written.append(export_text(a).encode())
    assert all(password.encode() not in data for data in written)
    assert password not in caplog.text


def test_a_remembered_server_asking_for_a_password_opens_the_dialog_filled_in(  # type: ignore[no-untyped-def]
    qtbot, make_window, catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a = new_laptop(template, tmp_path, "a")
    sync(a, url, password=password)  # remembered, without its password
    window = _window(make_window, qtbot, a)
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "Synced", timeout=WAIT_MS)
    assert window.sync.indicator.accessibleName() == "Sync status"
    window.registry[ActionName.SYNC].trigger()
    dialog = _dialog(window)
    assert dialog.address.text() == url
    assert "asks for a password" in dialog.error.text()
    _submit(dialog, None, password)
    assert not dialog.isVisible()
    window.registry[ActionName.SYNC].trigger()  # the password is held: no dialog again
    assert window.sync.dialog is None
    assert window.statusBar().currentMessage().startswith("Synced with the server")


def test_the_indicator_counts_refuses_and_goes_offline(  # type: ignore[no-untyped-def]
    qtbot, make_window, catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "tiina")  # a facilitator of Tartu
    a = new_laptop(template, tmp_path, "a")
    window = _window(make_window, qtbot, a)
    indicator = window.sync.indicator
    assert not indicator.isVisible()  # never synced: no server to be behind
    window.registry[ActionName.SYNC].trigger()
    _submit(_dialog(window), url, password)
    qtbot.waitUntil(lambda: indicator.text().startswith("Synced at "), timeout=WAIT_MS)
    sessions = Sessions(a)  # saves from elsewhere (the watcher sees them, as the window's own)
    add_note(sessions, "Help desk", "Tartu", body="one")
    add_note(sessions, "Help desk", "Tartu", body="two")
    # "2 changes …" once the English catalogue holds the plural forms; the count is a numerus
    waiting = QCoreApplication.translate("SyncIndicator", "%n change(s) not yet synced", None, 2)
    assert waiting.startswith("2 change")
    qtbot.waitUntil(lambda: indicator.text() == waiting, timeout=WAIT_MS)
    add_note(sessions, "Help desk", "Namur", body="not ours to write")
    sessions.dispose()
    window.registry[ActionName.SYNC].trigger()
    assert indicator.text().startswith("Refused: note ")
    assert "own region" in indicator.toolTip() and "not ours to write" in indicator.toolTip()
    assert window.sync.listening
    with psycopg.connect(catalogue_server.admin, autocommit=True) as admin:  # the line is cut
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND query LIKE 'LISTEN%%'",
            (catalogue_server.database,),
        )
    qtbot.waitUntil(lambda: indicator.text() == "Offline", timeout=WAIT_MS)
    assert "connection to the catalogue server was lost" in indicator.toolTip()
    qtbot.waitUntil(lambda: not window.sync.listening, timeout=WAIT_MS)
    window.registry[ActionName.SYNC].trigger()  # the next sync reconnects
    assert window.sync.listening and indicator.text().startswith("Refused: note ")


def test_another_laptops_sync_shows_up_in_the_open_window(  # type: ignore[no-untyped-def]
    qtbot, make_window, catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sync(b, url, password=password)
    window = _window(make_window, qtbot, a)
    window.registry[ActionName.SYNC].trigger()
    _submit(_dialog(window), url, password)
    qtbot.waitUntil(lambda: window.sync.listening, timeout=WAIT_MS)
    sessions = Sessions(b)
    help_desk = practice_id(sessions, "Help desk")
    assert window.catalogue.select_practice(help_desk)
    assert window.notes.model.rowCount() == 0
    note = add_note(sessions, "Help desk", "Tartu", body="written on laptop b")
    sessions.dispose()
    sync(b, password=password)  # laptop b, as its own program would
    qtbot.waitUntil(lambda: window.notes.model.row_of(note) >= 0, timeout=WAIT_MS)
    assert window.reader.note(note).body == "written on laptop b"  # type: ignore[union-attr]


def test_cancel_during_a_sync_keeps_the_dialog_and_pulls_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, catalogue_server: Server, template: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from app.services.sync.push import Pusher

    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sessions = Sessions(b)
    theirs = add_note(sessions, "Help desk", "Tartu", body="on the server")
    sessions.dispose()
    sync(b, url, password=password)
    pressed = threading.Event()
    push = Pusher.push

    def held_push(self: Pusher, kind: str, items: list) -> object:  # type: ignore[type-arg]
        outcome = push(self, kind, items)
        pressed.wait(10)  # the first batch is on the server; the rest waits for Cancel
        return outcome

    monkeypatch.setattr(Pusher, "push", held_push)

    def press_cancel() -> None:
        press_cancel_when("Syncing", pressed.set)

    window = _window(make_window, qtbot, a)
    window.registry[ActionName.SYNC].trigger()
    sign_in = _dialog(window)
    QTimer.singleShot(0, press_cancel)
    _submit(sign_in, url, password)
    assert "cancelled" in sign_in.error.text() and sign_in.isVisible()
    assert window.reader.note(theirs) is None  # the pull never ran
    assert not window.sync.listening and not window.sync.indicator.text().startswith("Synced")
    _submit(sign_in, None, password)  # again, to the end
    assert not sign_in.isVisible() and window.reader.note(theirs) is not None
