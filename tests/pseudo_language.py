"""A pseudo-language for tests: every text of the application's catalogue wrapped in ⟦ ⟧.

Built from the code itself (``lupdate`` into a temporary folder), so a text the code shows
without ``translate`` is the one that comes out unwrapped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QTranslator

from build_scripts import translations

OPEN, CLOSE = "⟦", "⟧"
WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", re.DOTALL)


def pseudo_translator(folder: Path) -> QTranslator:
    """A loaded translator whose every entry is its source text wrapped in markers."""
    translations.update(folder, codes=["fr"])  # French: two plural forms, like English
    source = translations.ts_file("fr", folder)
    tree = ElementTree.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = f"{OPEN}{text}{CLOSE}"
        if not forms:
            translation.text = f"{OPEN}{text}{CLOSE}"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    translations.release(folder, codes=["fr"])
    translator = QTranslator()
    assert translator.load(str(translations.qm_file("fr", folder)))
    return translator


def escaped(text: str, known: list[str]) -> str:
    """What of ``text`` is neither wrapped, nor data (``known``: titles, names, file paths),
    nor digits and punctuation: "" when everything shown was translated."""
    rest, previous = text, None
    while rest != previous:  # a translated text inside another: the innermost first
        rest, previous = WRAPPED.sub(" ", rest), rest
    for value in known:
        if value:
            rest = rest.replace(value, " ")
    return rest.strip() if re.search(r"[^\W\d_]", rest) else ""
