"""The window's sources as ``lupdate`` should read them, so that counted texts become numerus.

``translate("NotesPane", "%n note(s)", None, count)`` is how a count reaches Qt's plural
forms at run time. ``lupdate``'s Python reader, though, takes a *name* in fourth place for the
encoding argument of Qt 4 (``QCoreApplication.UnicodeUTF8``): ``count`` is swallowed as an
encoding and the text is collected as a plain one, without plural forms; a call in fourth place
(``len(notes)``, ``self.total``) makes it drop the text altogether. Only a literal number is read
as a count. So the copies handed to ``lupdate`` carry ``1`` in that place; the sources are not
touched, and the ``.ts`` files record no locations, so nothing else changes.
"""

from __future__ import annotations

import ast
from pathlib import Path

TRANSLATE = "translate"


def _is_translate(function: ast.expr) -> bool:
    """``translate(...)`` or ``QCoreApplication.translate(...)``."""
    if isinstance(function, ast.Name):
        return function.id == TRANSLATE
    return isinstance(function, ast.Attribute) and function.attr == TRANSLATE


def _counts(tree: ast.AST) -> list[ast.expr]:
    """The fourth arguments of the translate calls that are not literal numbers already."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_translate(node.func) and len(node.args) == 4:
            count = node.args[3]
            literal = isinstance(count, ast.Constant) and isinstance(count.value, int)
            if not literal:
                found.append(count)
    return found


def lupdate_text(source: str) -> str:
    """``source`` with every counted translate call's count replaced by ``1`` (the lines stay
    where they were)."""
    counts = _counts(ast.parse(source))
    if not counts:
        return source
    lines = [line.encode() for line in source.splitlines(keepends=True)]
    # ast columns are UTF-8 byte offsets; replace from the end so earlier places stay valid
    for count in sorted(counts, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        assert count.end_lineno is not None and count.end_col_offset is not None
        first, last = count.lineno - 1, count.end_lineno - 1
        head = lines[first][: count.col_offset]
        tail = lines[last][count.end_col_offset :]
        lines[first : last + 1] = [head + b"1" + b"\n" * (last - first) + tail]
    return b"".join(lines).decode()


def lupdate_copies(files: list[Path], root: Path, folder: Path) -> list[Path]:
    """``files`` (under ``root``) as ``lupdate`` should read them: those that hold counted
    texts copied into ``folder`` with ``lupdate_text``, the others as they are."""
    result = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        changed = lupdate_text(text)
        if changed == text:
            result.append(path)
            continue
        copy = folder / path.relative_to(root)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(changed, encoding="utf-8")
        result.append(copy)
    return result
