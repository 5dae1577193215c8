"""What the standalone build ships for the languages (the build itself: test_frozen.py):
the compiled catalogues, Qt's own catalogue wherever Qt has one for an interface language,
and ICU collation for exactly the interface languages."""

from __future__ import annotations

from pathlib import PurePath

from app.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from build_scripts import bundle_contents, trim_icu


def test_every_compiled_catalogue_ships_and_no_source() -> None:
    shipped = {
        PurePath(source).name
        for source, dest in bundle_contents.shipped_files()
        if dest == "app/resources/translations"
    }
    ours = {f"practice_catalogue_{code}.qm" for code in LANGUAGES}
    assert ours <= shipped
    assert not any(name.endswith(".ts") for name in shipped)


def test_qt_catalogues_are_the_ones_qt_has_for_the_interface_languages() -> None:
    folder = bundle_contents.qt_translations_folder()
    available = {
        f"qtbase_{code}"
        for code in LANGUAGES
        if code != SOURCE_LANGUAGE and (folder / f"qtbase_{code}.qm").is_file()
    }
    assert set(bundle_contents.QT_CATALOGUES) == available == {"qtbase_de", "qtbase_fr"}


def test_icu_keeps_the_collation_of_each_interface_language_only() -> None:
    assert set(trim_icu.KEPT_COLLATIONS) == set(LANGUAGES)
    removed = trim_icu.REMOVED.search
    for kept in ("coll/root.res", "coll/ucadata.icu", "coll/fr_CA.res", "coll/de__PHONEBOOK.res"):
        assert not removed(kept)
    for dropped in ("coll/zh.res", "coll/ja.res", "coll/nl.res", "coll/tr.res"):
        assert removed(dropped)
