"""Where the window remembers things between runs (QSettings).

In portable mode the settings live in an INI file in ``userdata/settings`` beside the
executable; otherwise in the platform's usual place.

The file may be damaged or written by another program, so values are read through
``app.ui.common.settings_values``: a value of the wrong type or of
absurd size reads as missing, and the window starts with its defaults.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import APP_NAME, portable_dirs

ORGANISATION = "Pooling4Clusters"


def open_settings() -> QSettings:
    """Qt's own place for the settings; the portable folder beside a portable executable."""
    portable = portable_dirs()
    if portable is not None:
        portable.config.mkdir(parents=True, exist_ok=True)
        return QSettings(str(portable.config / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APP_NAME)
