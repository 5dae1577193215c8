"""Another laptop's sync is heard by a listener (ids only), which a window polls from a
thread to pull at once."""

from __future__ import annotations

from pathlib import Path

from app.db.engine import Sessions
from app.services.sync.engine import sync
from app.services.sync.listen import ChangeListener
from tests.exchange_helpers import new_laptop
from tests.factories import add_note
from tests.sync.conftest import Server, person


def test_a_sync_elsewhere_is_heard_with_ids_only(
    catalogue_server: Server, template: Path, tmp_path: Path
) -> None:
    url, password = person(catalogue_server, "carl")
    a, b = new_laptop(template, tmp_path, "a"), new_laptop(template, tmp_path, "b")
    sync(a, url, password=password)
    sync(b, url, password=password)
    listener = ChangeListener(url, password=password)
    try:
        assert listener.wait(timeout=0.1) == []
        sessions = Sessions(a)
        note = add_note(sessions, "Help desk", "Tartu", body="a secret body")
        sync(a, password=password)
        heard = listener.wait(timeout=5)
        assert [(change.table, change.ids) for change in heard] == [("notes", (note,))]
        assert "secret" not in repr(heard)
        pulled = sync(b, password=password)
        assert pulled.received.new == 1
        sessions.dispose()
    finally:
        listener.close()
