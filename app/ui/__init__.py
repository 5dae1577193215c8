"""The Qt user interface. ``build_main_window`` is the automation seam (docs/architecture.md).

Rooms by feature: ``shell`` (the application and the main window that composes), ``core``
(what the shell hands every room), ``browse``, ``practice``, ``notes``, ``matrix``,
``transfers``, ``safety``, ``sync``, and ``common`` (small pieces several rooms use). May
import the services and the domain's plain types; never ``app.db`` or ``app.cli``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.ui.shell.main_window import MainWindow


def build_main_window(
    database: str | os.PathLike[str],
    *,
    settings: QSettings | None = None,
    create_parent: bool = False,
    language: str | None = None,
) -> MainWindow:
    """The complete main window on ``database`` (a path or SQLAlchemy URL), not yet shown.

    A QApplication must exist. The file is checked, migrated and seeded first; problems raise
    ``app.domain.errors.DatabaseError`` with a message to show. ``language`` (``en``, ``fr``,
    ``de``, ``et``, ``sl``, ``el``, ``mt``) installs that language's translations first; without
    it the translators already installed stay (``app.domain.languages.UnknownLanguage`` for a
    code the application does not ship).
    """
    from app.services.opening import open_database
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import open_settings

    if language is not None:
        from app.ui.common.translation import install_language

        install_language(language)
    opened = open_database(database, create_parent=create_parent)
    return MainWindow(
        opened.path,
        settings if settings is not None else open_settings(),
        read_only=opened.read_only,
    )


__all__ = ["build_main_window"]
