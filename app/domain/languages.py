"""The languages the interface speaks: codes and each language's name in itself.

Plain data, shared by the command line (``--lang`` is checked against it without importing Qt)
and the window (View → Language). English is the source language of every text.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"

# Code → the language's own name, as a speaker looks for it in a menu.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "et": "Eesti",
    "sl": "Slovenščina",
    "el": "Ελληνικά",
    "mt": "Malti",
}


class UnknownLanguage(ValueError):  # noqa: N818 - reads as what it is, like DatabaseError
    """A language code the application does not speak; ``str()`` is the line to show."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown language {code!r}: choose one of {', '.join(LANGUAGES)}")
        self.code = code


def checked_language(code: str) -> str:
    """``code`` (case and a region part such as ``de_AT`` ignored) as a shipped language code.

    Raises ``UnknownLanguage`` for anything else.
    """
    base = code.strip().replace("-", "_").split("_", 1)[0].lower()
    if base not in LANGUAGES:
        raise UnknownLanguage(code)
    return base


def language_of_locale(names: list[str]) -> str:
    """The first shipped language among a locale's preferred UI languages (``de-AT``,
    ``fr_BE``, …), or English."""
    for name in names:
        try:
            return checked_language(name)
        except UnknownLanguage:
            continue
    return SOURCE_LANGUAGE
