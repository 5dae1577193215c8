"""Plural forms in the ``.ts`` files, which ``pyside6-lupdate`` does not mark for Python.

lupdate's Python parser marks a text as plural (``numerus="yes"``) only when the count is a
literal number: ``translate("Ctx", "%n note(s)", None, count)`` is collected as a plain text,
and an existing translation's plural forms are cut down to one. So ``update`` keeps the plural
forms before lupdate runs (``saved_plurals``) and afterwards marks every text holding ``%n``
as plural again, with as many forms as the language has in Qt's rules, filled from what was
kept (``mark_plurals``). The files stay in lupdate's own layout, so running it twice changes
nothing. Texts are compared as they stand in the file (escaped), which is stable.
"""

from __future__ import annotations

import re
from pathlib import Path

# Plural forms per language in Qt's numerus rules (the order the forms take in the file).
FORMS = {"sl": 4, "mt": 4}
DEFAULT_FORMS = 2
PLURAL = re.compile(r"%L?n")
CONTEXT = re.compile(r"<context>\n    <name>(?P<name>.*?)</name>\n(?P<body>.*?)</context>\n", re.S)
MESSAGE = re.compile(
    r'    <message(?: numerus="yes")?>\n        <source>(?P<source>.*?)</source>\n'
    r"(?P<rest>.*?)    </message>\n",
    re.S,
)
TRANSLATION = re.compile(r"<translation(?P<attributes>[^>]*)>(?P<inner>.*?)</translation>", re.S)
NUMERUS = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)

Saved = dict[tuple[str, str], tuple[list[str], bool]]


def saved_plurals(path: Path) -> Saved:
    """(context, source) → (the plural forms as written, finished) of every plural entry."""
    if not path.exists():
        return {}
    saved: Saved = {}
    for context in CONTEXT.finditer(path.read_text(encoding="utf-8")):
        for message in MESSAGE.finditer(context["body"]):
            translation = TRANSLATION.search(message["rest"])
            if translation is None or not PLURAL.search(message["source"]):
                continue
            forms = NUMERUS.findall(translation["inner"])
            finished = "type=" not in translation["attributes"]
            saved[(context["name"], message["source"])] = (forms, finished)
    return saved


def _plural_message(source: str, forms: list[str], finished: bool) -> str:
    state = "" if finished and all(forms) else ' type="unfinished"'
    lines = "".join(f"            <numerusform>{form}</numerusform>\n" for form in forms)
    return (
        f'    <message numerus="yes">\n        <source>{source}</source>\n'
        f"        <translation{state}>\n{lines}        </translation>\n    </message>\n"
    )


def mark_plurals(path: Path, code: str, saved: Saved, *, only_plurals: bool = False) -> None:
    """Make every ``%n`` text of ``path`` a plural entry (``only_plurals``: drop the others,
    as the English catalogue holds only plural forms)."""
    count = FORMS.get(code, DEFAULT_FORMS)

    def message(context: str, match: re.Match[str]) -> str:
        source = match["source"]
        if not PLURAL.search(source):
            return "" if only_plurals else match[0]
        forms, finished = saved.get((context, source), ([], False))
        forms = (forms + [""] * count)[:count]
        return _plural_message(source, forms, finished)

    def context(match: re.Match[str]) -> str:
        body = MESSAGE.sub(lambda inner: message(match["name"], inner), match["body"])
        if not body.strip():
            return ""
        return f"<context>\n    <name>{match['name']}</name>\n{body}</context>\n"

    text = path.read_text(encoding="utf-8")
    path.write_text(CONTEXT.sub(context, text), encoding="utf-8")
