"""Rendering never touches the network or the disk; links open only when clicked, and only
for http, https and mailto. Requests are counted on a real local HTTP server."""

from __future__ import annotations

import urllib.request

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from app.db.engine import Sessions
from app.ui.shell.main_window import MainWindow
from tests.factories import practice_id, update_practice
from tests.gui_helpers import click_link
from tests.http_helpers import CountingServer


def base(server: CountingServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def hostile(sessions: Sessions, server: CountingServer) -> str:
    url = base(server)
    update_practice(
        sessions,
        "Web site",
        description=(
            f"Remote image: ![pixel]({url}/markdown.png)\n\n"
            f'Raw HTML: <img src="{url}/raw.png"> and <iframe src="{url}/frame"></iframe>\n\n'
            f"Local file: ![hosts](file:///etc/hosts)\n\n"
            f"A [web page]({url}/page), a [mail](mailto:desk@example.org), "
            f"a [script](javascript:alert(1)) and a [file](file:///etc/passwd)."
        ),
        summary=f"<link rel=stylesheet href='{url}/style.css'> Summary",
    )
    return practice_id(sessions, "Web site")


def test_rendering_makes_no_request(
    qtbot,
    window: MainWindow,
    server: CountingServer,
    hostile: str,  # type: ignore[no-untyped-def]
) -> None:
    assert window.catalogue.select_practice(hostile)
    assert "Remote image" in window.detail.toPlainText()
    window.detail.viewport().grab()  # lay out and paint: any image would be loaded now
    window.detail.setSource(QUrl(f"{base(server)}/navigate"))
    window.detail.viewport().grab()
    assert server.requests == []
    # The counter works: a real request is seen.
    urllib.request.urlopen(f"{base(server)}/control", timeout=5).read()
    assert server.requests == ["/control"]


def test_no_resource_is_ever_loaded(window: MainWindow, server: CountingServer) -> None:
    for url in (f"{base(server)}/x.png", "file:///etc/hosts", "qrc:/x.png", "data:,hello"):
        resource = window.detail.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert resource is None
    assert server.requests == []


def test_links_open_only_when_clicked_and_only_safe_schemes(
    qtbot,
    window: MainWindow,
    server: CountingServer,
    hostile: str,  # type: ignore[no-untyped-def]
) -> None:
    opened: list[str] = []
    window.detail.open_external = lambda url: opened.append(url.toString())
    window.catalogue.select_practice(hostile)
    assert opened == []  # showing a practice opens nothing
    click_link(qtbot, window.detail, "web page")
    click_link(qtbot, window.detail, "mail")
    click_link(qtbot, window.detail, "script")
    click_link(qtbot, window.detail, "file")
    assert opened == [f"{base(server)}/page", "mailto:desk@example.org"]
    assert server.requests == []  # the browser would make the request, not us


def test_nothing_typed_disappears(window: MainWindow, hostile: str) -> None:
    window.catalogue.select_practice(hostile)
    text = window.detail.toPlainText()
    # Raw HTML is shown as text, and nothing after it is dropped.
    assert '<iframe src="' in text and "<link rel=stylesheet" in text
    assert "Local file:" in text and "and a file." in text
    assert "[image not loaded: pixel]" in text and "[image not loaded: hosts]" in text
