"""Translations: collect the interface's texts into ``.ts`` files and compile the ``.qm`` files.

    uv run python -m build_scripts.translations             # update every .ts, then compile
    uv run python -m build_scripts.translations update de   # German only
    uv run python -m build_scripts.translations release     # compile only

``update`` runs the ``lupdate`` that PySide6-Essentials ships over the window's sources
(``app/ui``) and keeps one ``resources/translations/practice_catalogue_<code>.ts`` per language
(English holds only the plural forms: the source texts are English already). Texts no longer in
the code are dropped; locations are left out so that moving code does not churn the files.
``release`` compiles each ``.ts`` to the ``.qm`` beside it with ``lrelease``; the ``.qm`` files
are committed so that a fresh clone runs without a build step (a test checks that they match).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

from app.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from build_scripts.lupdate_plurals import lupdate_copies

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
    with tempfile.TemporaryDirectory(prefix="lupdate-") as scratch:
        # counted texts (translate(..., None, count)) read as numerus: see lupdate_plurals
        files = [str(path) for path in lupdate_copies(source_files(), ROOT, Path(scratch))]
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
            if code == SOURCE_LANGUAGE:
                command.append("-pluralonly")
            subprocess.run([*command, *files, "-ts", str(ts_file(code, folder))], check=True)


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
