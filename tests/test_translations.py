"""The translation files: collected from the code, complete, well-formed, compiled.

Every language's ``.ts`` must hold exactly the texts the code asks for (run
``uv run python -m build_scripts.translations`` after changing a text), every entry translated
(every plural form filled), with the same places (``%1``, ``%n``) and one accelerator where the
source has one; the committed ``.qm`` files must be what ``lrelease`` makes of them.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from build_scripts import translations

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PLACES = re.compile(r"%(?:[1-9]|n)")


def messages(code: str) -> list[ElementTree.Element]:
    root = ElementTree.parse(translations.ts_file(code)).getroot()
    return root.findall("./context/message")


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in numerus]
    return [translation.text or ""]


def translated(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    return all(form.strip() for form in forms(message))


def where(message: ElementTree.Element) -> str:
    return repr(message.findtext("source"))


def test_the_ts_files_hold_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    for code in LANGUAGES:
        shutil.copy(translations.ts_file(code), translations.ts_file(code, tmp_path))
    translations.update(tmp_path)
    stale = [
        code
        for code in LANGUAGES
        if translations.ts_file(code, tmp_path).read_bytes()
        != translations.ts_file(code).read_bytes()
    ]
    assert not stale, (
        f"resources/translations is behind the code for {stale}: run "
        "`uv run python -m build_scripts.translations` and translate what it added"
    )


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_entry_is_translated(code: str) -> None:
    entries = messages(code)
    if code != SOURCE_LANGUAGE:
        assert len(entries) > 300, "the window's texts are collected"
    unfinished = [where(message) for message in entries if not translated(message)]
    assert not unfinished, f"{len(unfinished)} untranslated in {code}: {unfinished[:10]}"


def test_the_english_catalogue_holds_the_plural_forms() -> None:
    entries = messages(SOURCE_LANGUAGE)
    assert entries, "the English catalogue has the plural forms ('1 note' / '3 notes')"
    for message in entries:
        one, other = forms(message)
        assert "(s)" not in one + other, where(message)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_places_and_accelerators(code: str) -> None:
    problems: list[str] = []
    for message in messages(code):
        source = message.findtext("source") or ""
        wanted = set(PLACES.findall(source))
        for form in forms(message):
            found = set(PLACES.findall(form))
            # A singular form may spell the number out ("une note"), never invent a place.
            missing = wanted - found - ({"%n"} if message.get("numerus") == "yes" else set())
            if missing or found - wanted:
                problems.append(f"{where(message)} → {form!r}: places {sorted(wanted)}")
            accelerators = len(re.findall(r"&(?!&)", form.replace("&&", "")))
            if "&" in source.replace("&&", "") and accelerators != 1:
                problems.append(f"{where(message)} → {form!r}: needs one & accelerator")
    assert not problems, "\n".join(problems[:20])


def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for code in LANGUAGES:
        shutil.copy(translations.ts_file(code), translations.ts_file(code, tmp_path))
    translations.release(tmp_path)
    different = [
        code
        for code in LANGUAGES
        if translations.qm_file(code, tmp_path).read_bytes()
        != translations.qm_file(code).read_bytes()
    ]
    assert not different, (
        f"the .qm files of {different} are not compiled from their .ts: run "
        "`uv run python -m build_scripts.translations release`"
    )


def _calls(path: Path) -> Iterator[tuple[str, str, int]]:
    """(context, text, line) of every translated text in a source file, read as lupdate
    should: ``translate("Ctx", "text", …)``, ``QT_TRANSLATE_NOOP("Ctx", "text")`` and
    ``Ctx.tr("text", …)``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
        literals = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
        if name in {"translate", "QT_TRANSLATE_NOOP"} and len(literals) >= 2:
            context, text = literals[0], literals[1]
        elif name == "tr" and isinstance(function, ast.Attribute) and literals:
            context = getattr(function.value, "id", None)
            text = literals[0]
        else:
            continue
        if isinstance(context, str) and isinstance(text, str):
            yield context, text, node.lineno


def test_every_text_in_the_code_is_collected() -> None:
    """lupdate silently drops a text whose count is not a plain name (``row.count``): every
    literal the code translates must be in the catalogues."""
    root = ElementTree.parse(translations.ts_file("fr")).getroot()
    collected = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    missing = [
        f"{path.relative_to(translations.ROOT)}:{line}: {context} {text!r}"
        for path in translations.source_files()
        for context, text, line in _calls(path)
        if (context, text) not in collected
    ]
    assert not missing, "not collected (pass a count as a plain name):\n" + "\n".join(missing)
