"""Reading remembered values from a settings file that may be damaged or written by another
program: a wrong type or an absurd size reads as missing, never as an error."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_TEXT = 4_096  # characters: a name, a folder, an id
MAX_TEXTS = 10_000  # items of a list (expanded categories)
MAX_BYTES = 1 << 16  # a saved geometry or splitter state is well under 1 KB


def setting_text(settings: QSettings, key: str, limit: int = MAX_TEXT) -> str:
    """The text stored under ``key``, or "" when missing, not text, too long or holding NUL."""
    value = settings.value(key)
    if not isinstance(value, str) or len(value) > limit or "\0" in value:
        return ""
    return value


def setting_texts(settings: QSettings, key: str) -> list[str] | None:
    """The list of texts under ``key`` (a single text is a list of one); None when missing
    or of another type. Items that are not short texts are left out."""
    value = settings.value(key)
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list | tuple) or len(value) > MAX_TEXTS:
        return None
    return [item for item in value if isinstance(item, str) and 0 < len(item) <= MAX_TEXT]


def setting_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """Saved bytes (geometry, splitter state) under ``key``, or None."""
    value = settings.value(key)
    if isinstance(value, QByteArray) and 0 < value.size() <= MAX_BYTES:
        return value
    return None
