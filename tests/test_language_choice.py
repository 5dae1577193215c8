"""Which language the window speaks: ``--lang``, the saved choice, the system's; the seam
``build_main_window(language=...)``; dates and numbers in the chosen locale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt

from app.__main__ import main
from app.domain.languages import UnknownLanguage, checked_language, language_of_locale
from app.ui.common.locale_format import date_text, number_text
from app.ui.common.translation import (
    chosen_language,
    current_language,
    save_language,
    saved_language,
)


def test_an_unknown_language_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "xx"])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1
    assert "unknown language 'xx'" in error and "fr" in error and "mt" in error


@pytest.mark.parametrize(
    ("given", "code"), [("de", "de"), ("DE", "de"), ("de_AT", "de"), ("el-GR", "el"), ("mt", "mt")]
)
def test_codes_are_read_as_people_write_them(given: str, code: str) -> None:
    assert checked_language(given) == code


def test_the_system_locale_decides_only_among_shipped_languages() -> None:
    assert language_of_locale(["es-ES", "et-EE", "en"]) == "et"
    assert language_of_locale(["ja-JP"]) == "en"
    with pytest.raises(UnknownLanguage):
        checked_language("es")


def test_lang_beats_the_saved_choice_which_beats_the_system(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == ""
    save_language(settings, "sl")
    reread = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert saved_language(reread) == "sl"
    assert chosen_language(None, reread) == "sl"
    assert chosen_language("el", reread) == "el"
    save_language(reread, "")  # back to the system's
    assert saved_language(reread) == ""


def test_a_damaged_saved_choice_follows_the_system(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    path.write_text("[interface]\nlanguage=klingon\n", encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert saved_language(settings) == ""


def test_the_seam_installs_the_language(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="fr")
    assert current_language() == "fr"
    assert QLocale().language() == QLocale.Language.French
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == QCoreApplication.translate("Menus", "&File")
    assert titles[0] != "&File", "the French catalogue translates the menus"


def test_an_unknown_language_at_the_seam_is_refused(make_window) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownLanguage):
        make_window(language="xx")


@pytest.mark.parametrize(
    ("code", "shown"),
    [("fr", "28/11/2026"), ("el", "28/11/26"), ("de", "28.11.26"), ("en", "28/11/2026")],
)
def test_dates_follow_the_language(qapp, code: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.common.translation import install_language

    install_language(code)
    assert date_text(date(2026, 11, 28)) == shown


def test_numbers_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.common.translation import install_language

    install_language("fr")
    assert number_text(1_234_567).replace("\u202f", " ").replace("\xa0", " ") == "1 234 567"
    install_language("de")
    assert number_text(1_234_567) == "1.234.567"


FRENCH_ONE = "Commercial cooperation, 1 pratique"
FRENCH_MANY = "Expansion, 6 pratiques"


def _category_reading(window, name: str) -> str:  # type: ignore[no-untyped-def]
    from app.ui.common.roles import Role

    model = window.catalogue.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.NAME) == name:
            return str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("code", "one", "many", "date_shown"),
    [
        ("el", "Commercial cooperation, 1 πρακτική", "Expansion, 6 πρακτικές", "1/3/12"),
        ("fr", FRENCH_ONE, FRENCH_MANY, "01/03/2012"),
    ],
)
def test_a_plural_and_a_date_in_french_and_greek(
    make_window, qtbot, sessions, code: str, one: str, many: str, date_shown: str
) -> None:  # type: ignore[no-untyped-def]
    """The window in that language: a category of one practice and one of six read with the
    language's plural forms, and a note's date in its format."""
    from tests.factories import add_note, practice_id

    add_note(sessions, "Help desk", "Tartu", date=date(2012, 3, 1))
    window = make_window(language=code)
    assert _category_reading(window, "Commercial cooperation") == one
    assert _category_reading(window, "Expansion") == many
    window.go_to_practice(practice_id(sessions, "Help desk"))
    model = window.notes_feature.pane.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    shown = [str(model.index(0, column).data()) for column in range(model.columnCount())]
    assert date_shown in shown
