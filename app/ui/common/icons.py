"""The actions' icons: the desktop theme's, else the ones shipped in resources/icons/.

Icons are named as the freedesktop icon naming specification names them ("document-new");
a Linux desktop draws them in its own theme, and Qt maps these names on Windows 11 and macOS
too. Where no theme has one, the shipped PNGs (rendered from Qt's standard icons by
``build_scripts/action_icons.py``) stand in.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.paths import resource_file

ICON_SIZES = (16, 24, 32)


def icon_file(name: str, size: int) -> str:
    """The shipped fallback's file for ``name`` at ``size`` pixels (it may not exist yet)."""
    folder = resource_file("icons")
    return str(folder / f"{name}-{size}.png")


def themed_icon(name: str) -> QIcon:
    fallback = QIcon()
    for size in ICON_SIZES:
        fallback.addFile(icon_file(name, size), QSize(size, size))
    return QIcon.fromTheme(name, fallback)
