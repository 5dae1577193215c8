"""Which language the window speaks, and loading its translations.

The application's texts are wrapped in ``QCoreApplication.translate("Context", "Text")``
(``pyside6-lupdate`` collects them into ``resources/translations/*.ts``; ``lrelease`` compiles
the ``.qm`` files loaded here; ``python -m build_scripts.translations`` does both). Qt's own
texts (standard buttons, the text fields' context menus) come from Qt's ``qtbase_*.qm`` where Qt
ships one. Dates and numbers follow ``QLocale()``, which is set to the chosen language.

The choice: ``--lang`` beats the saved choice (View → Language), which beats the system's
preferred languages; English when none of those is shipped. A change in the menu takes effect
at the next start, which the menu offers to do at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.domain.languages import LANGUAGES, SOURCE_LANGUAGE, checked_language, language_of_locale
from app.paths import resource_file
from app.ui.common.settings_values import setting_text

LANGUAGE_KEY = "interface/language"  # "" or missing: follow the system
APPLICATION_CATALOGUE = "practice_catalogue"
QT_CATALOGUE = "qtbase"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context`` where it is defined (a table, a constant);
    translate it where it is shown: ``QCoreApplication.translate(context, text)``."""
    return text


_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` … ``%9`` replaced by ``values`` in one pass (a value holding ``%2``
    stays as it is), as ``QString.arg`` does: a translation may reorder the places.

    ``fill(translate("Ctx", "%1 of %2 notes"), done, total)``
    """
    return _PLACE.sub(
        lambda match: str(values[int(match[1]) - 1]) if int(match[1]) <= len(values) else match[0],
        text,
    )


def translations_folder() -> Path:
    return resource_file("translations")


def system_language() -> str:
    return language_of_locale(list(QLocale.system().uiLanguages()))


def saved_language(settings: QSettings) -> str:
    """The language chosen in View → Language, or "" to follow the system."""
    try:
        return checked_language(setting_text(settings, LANGUAGE_KEY))
    except ValueError:
        return ""


def save_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` ("" follows the system) for the next start."""
    settings.setValue(LANGUAGE_KEY, checked_language(code) if code else "")
    settings.sync()


def chosen_language(override: str | None, settings: QSettings) -> str:
    """``--lang`` if given, else the saved choice, else the system's language."""
    if override:
        return checked_language(override)
    return saved_language(settings) or system_language()


def current_language() -> str:
    """The language installed by the last ``install_language`` (English before any)."""
    return _current


def _qt_translations() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: beside ours (the standalone build puts the ones
    it ships there) and Qt's installation."""
    return [
        translations_folder(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]


def locale_for(code: str) -> QLocale:
    """The locale whose formats (dates, numbers) go with ``code``: the system's own when it
    speaks that language (``de_AT`` keeps Austrian formats), else the language's usual one;
    English outside an English-speaking system writes dates day first, as in Europe."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale("en_GB") if code == SOURCE_LANGUAGE else QLocale(code)


def install_translators(translators: list[QTranslator], code: str) -> None:
    """Put ``translators`` in place of the ones installed before, and make ``code`` the
    locale for dates and numbers. For tests that bring their own (the pseudo-language)."""
    global _current
    application = QCoreApplication.instance()
    if application is None:
        raise RuntimeError("a QCoreApplication must exist before a language is installed")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    _current = code


def loaded_catalogues() -> list[str]:
    """The files of the translators installed now, for the log: which catalogues were found."""
    return [translator.filePath() for translator in _installed]


def load_translators(code: str) -> list[QTranslator]:
    """The application's and Qt's translators for ``code`` (none for English beyond the
    plural forms of the application's own English catalogue)."""
    code = checked_language(code)
    application = QCoreApplication.instance()
    translators: list[QTranslator] = []
    own = QTranslator(application)
    if own.load(f"{APPLICATION_CATALOGUE}_{code}", str(translations_folder())):
        translators.append(own)
    if code != SOURCE_LANGUAGE:
        for folder in _qt_translations():
            qt = QTranslator(application)
            if qt.load(f"{QT_CATALOGUE}_{code}", str(folder)):
                translators.append(qt)
                break
    return translators


def install_language(code: str) -> str:
    """Speak ``code`` from now on (texts created after this call); returns the code.

    Raises ``app.domain.languages.UnknownLanguage`` for a code the application does not ship.
    """
    code = checked_language(code)
    install_translators(load_translators(code), code)
    return code


__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "chosen_language",
    "current_language",
    "fill",
    "install_language",
    "install_translators",
    "load_translators",
    "loaded_catalogues",
    "save_language",
    "saved_language",
    "system_language",
]
