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
_FILE_NAME = "{name}-{size}.png"


def icon_file(name: str, size: int) -> str:
    """The shipped fallback's file for ``name`` at ``size`` pixels (it may not exist yet)."""
    return str(resource_file("icons") / _FILE_NAME.format(name=name, size=size))


def themed_icon(name: str) -> QIcon:
    folder = resource_file("icons")  # looked up once per icon, not once per size
    fallback = QIcon()
    for size in ICON_SIZES:
        fallback.addFile(str(folder / _FILE_NAME.format(name=name, size=size)), QSize(size, size))
    return QIcon.fromTheme(name, fallback)
