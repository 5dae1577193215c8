"""The line the window logs at each start: its language, the catalogues found and the menu
titles as shown (support reads it; so does the frozen build's smoke test, build_scripts/
smoke_test.py, to see that ``--lang de`` gives German menus)."""

from __future__ import annotations

import logging

import pytest

from app.ui.common.translation import install_language
from app.ui.shell.interface_log import log_interface


def test_the_log_names_the_language_its_catalogues_and_the_menus(
    make_window, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    try:
        window = make_window(language="de")
        with caplog.at_level(logging.INFO, logger="practice_catalogue.interface"):
            log_interface(window)
    finally:
        install_language("en")
    (message,) = [r.getMessage() for r in caplog.records if r.name.endswith(".interface")]
    assert message.startswith("interface language de; ")
    assert 'menus ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"' in message
    assert "practice_catalogue_de.qm" in message
    assert "qtbase_de.qm" in message  # Qt's own texts (buttons, dialogs) in German too
