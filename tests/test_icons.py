"""The toolbar's icons: the desktop theme's where it has them, else the shipped ones, which
exist in every size for every icon an action names (and reach the standalone bundle)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from app.ui.common.icons import ICON_SIZES, icon_file, themed_icon
from app.ui.core.actions import SPECS
from app.ui.shell.main_window import MainWindow

NAMED = sorted({spec.icon for spec in SPECS.values() if spec.icon is not None})


def test_every_icon_an_action_names_is_shipped_in_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    assert NAMED == ["document-new", "document-save", "edit-delete"]
    for name in NAMED:
        for size in ICON_SIZES:
            image = QImage(icon_file(name, size))
            assert not image.isNull(), (name, size)
            assert (image.width(), image.height()) == (size, size)


def test_without_a_desktop_theme_the_shipped_icon_shows(qapp) -> None:  # type: ignore[no-untyped-def]
    theme = QIcon.themeName()
    QIcon.setThemeName("")  # as on Windows without Qt's mapping, or a bare Linux session
    try:
        icon = themed_icon("document-save")
        assert not icon.isNull()
        argb = QImage.Format.Format_ARGB32
        shown = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(argb)
        assert shown == QImage(icon_file("document-save", 24)).convertToFormat(argb)
    finally:
        QIcon.setThemeName(theme)


def test_the_toolbar_shows_an_icon_for_every_action_on_it(window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar)
    assert toolbar is not None
    shown = [action for action in toolbar.actions() if not action.isSeparator()]
    assert shown and all(not action.icon().isNull() for action in shown)


def test_the_bundle_carries_the_icons() -> None:
    from build_scripts.bundle_contents import shipped_files

    icons = {
        Path(source).name for source, folder in shipped_files() if folder == "app/resources/icons"
    }
    assert icons == {f"{name}-{size}.png" for name in NAMED for size in ICON_SIZES}
