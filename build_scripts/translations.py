"""Translations: collect the interface's texts into ``.ts`` files and compile the ``.qm`` files.

    uv run python -m build_scripts.translations             # update every .ts, then compile
    uv run python -m build_scripts.translations update de   # German only
    uv run python -m build_scripts.translations release     # compile only

``update`` runs the ``lupdate`` that PySide6-Essentials ships over the window's sources
(``app/ui``) and keeps one ``resources/translations/practice_catalogue_<code>.ts`` per language
(English holds only the plural forms: the source texts are English already; lupdate does
not mark Python's plurals, ``ts_plurals`` does). Texts no longer in
the code are dropped; locations are left out so that moving code does not churn the files.
``release`` compiles each ``.ts`` to the ``.qm`` beside it with ``lrelease``; the ``.qm`` files
are committed so that a fresh clone runs without a build step (a test checks that they match).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from app.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from build_scripts.ts_plurals import mark_plurals, saved_plurals

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = (ROOT / "app" / "ui",)
CATALOGUE = "practice_catalogue"


def tool(name: str) -> Path:
    """``lupdate`` / ``lrelease`` from the PySide6 wheel."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def qm_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{code}.qm"


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCES for path in folder.rglob("*.py"))


def update(folder: Path = FOLDER, codes: list[str] | None = None) -> None:
    """Bring every ``.ts`` in ``folder`` up to date with the texts in the code."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in source_files()]
    for code in codes or list(LANGUAGES):
        command = [
            str(tool("lupdate")),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            code,
        ]
        target = ts_file(code, folder)
        saved = saved_plurals(target)
        done = subprocess.run(
            [*command, *files, "-ts", str(target)], check=True, capture_output=True, text=True
        )
        print(_without_plural_notes(done.stdout + done.stderr), end="", file=sys.stderr)
        mark_plurals(target, code, saved, only_plurals=code == SOURCE_LANGUAGE)


def _without_plural_notes(output: str) -> str:
    """lupdate's own output, without its notes on plural forms it cut (``ts_plurals`` puts
    them back)."""
    noise = (
        "Removed plural forms as the target language has less forms.",
        "If this sounds wrong, possibly the target language is not set or recognized.",
    )
    return "".join(line for line in output.splitlines(keepends=True) if line.strip() not in noise)


def release(folder: Path = FOLDER, codes: list[str] | None = None) -> None:
    """Compile every ``.ts`` in ``folder`` into the ``.qm`` beside it."""
    for code in codes or list(LANGUAGES):
        subprocess.run(
            [
                str(tool("lrelease")),
                "-silent",
                "-nounfinished",
                str(ts_file(code, folder)),
                "-qm",
                str(qm_file(code, folder)),
            ],
            check=True,
        )


def main(argv: list[str]) -> int:
    verb, codes = (argv[0], argv[1:]) if argv else ("update", [])
    unknown = [code for code in codes if code not in LANGUAGES]
    if verb not in {"update", "release"} or unknown:
        print(
            "usage: python -m build_scripts.translations [update|release] [CODE ...]"
            f" (codes: {' '.join(LANGUAGES)})",
            file=sys.stderr,
        )
        return 2
    if verb == "update":
        update(codes=codes or None)
    release(codes=codes or None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
