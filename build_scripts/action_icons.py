"""Write the toolbar's fallback icons to resources/icons/, rendered from Qt's own standard
icons (Qt's images, under Qt's licence, as the bundle already ships Qt).

    uv run python -m build_scripts.action_icons

The window asks the desktop's icon theme first (``app.ui.common.icons``); these are what it
shows where there is none (Windows, macOS, a bare Linux session), so it no longer builds
QStyle's enumerations on the way to the first paint (4.6 ms).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.common.icons import ICON_SIZES, icon_file

# The freedesktop name each action asks for, and the standard icon drawn where there is none.
STANDARD = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "edit-delete": QStyle.StandardPixmap.SP_TrashIcon,
}


def main() -> int:
    application = QApplication(sys.argv[:1])
    application.setStyle("Fusion")  # the style the window gets where the desktop sets none
    style = application.style()
    for name, pixmap in STANDARD.items():
        icon = style.standardIcon(pixmap)
        for size in ICON_SIZES:
            target = Path(icon_file(name, size))
            target.parent.mkdir(parents=True, exist_ok=True)
            if not icon.pixmap(QSize(size, size)).save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
