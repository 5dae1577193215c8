"""Smoke test of the frozen application: build it (or take dist/ as it is), then check that the
executable does what running from source does.

    uv run --group build python build_scripts/smoke_test.py [--existing]

Each check prints PASS or FAIL; the exit status is 1 if any failed.

1. the shipped files sit in the bundle where app/paths.py and Alembic look for them;
2. ``--version`` prints what the source prints;
3. ``export`` on a fresh database equals the source's export on another fresh database
   (ignoring ``exported_at`` and the practices' seeding times ``created_at``/``updated_at``);
4. the window opens offscreen on a fresh database (so the frozen Alembic migrates and seeds it),
   paints its first frame and is still running when ended; no traceback, bootloader error or
   Qt plugin error on stderr;
5. nothing was written inside the bundle;
6. sync: the PostgreSQL driver loads; with PostgreSQL installed, a real sync (smoke_sync.py);
7. portable mode: beside a copy of the executable with a file named ``portable``, export and the
   window keep the database and settings in ``userdata/``, and nothing at all appears in the
   (sandboxed) home and XDG folders;
8. languages: started with ``--lang de``, the window's menus carry the titles that the
   repository's ``practice_catalogue_de.qm`` gives (read from the line the window logs at each
   start: app/ui/shell/interface_log.py), and Qt's own texts come from the bundle's
   ``qtbase_de.qm`` (whose Cancel button reads "Abbrechen").
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_contents import CONTENTS, shipped_files
from frozen_app import (
    APP_NAME,
    BUNDLE,
    ROOT,
    WindowRun,
    executable,
    files_under,
    run,
    run_window,
    sandbox_env,
    source_command,
)
from smoke_sync import check_sync

SEEDING_TIMES = ("created_at", "updated_at")
MENU_SOURCES = ("&File", "&Edit", "&View", "&Help")  # context "Menus", app/ui/shell/menus.py
INTERFACE_LINE = re.compile(r"interface language (\S+); menus (\[.*?\]); catalogues (\[.*\])$")


class Checks:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def check(self, name: str, ok: bool, detail: object = "") -> bool:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
        if not ok:
            self.failed.append(name)
            if detail:
                print("      " + str(detail).replace("\n", "\n      ")[:3000])
        return ok

    def window(self, name: str, result: WindowRun) -> None:
        shown = f"painted after {result.seconds:.2f} s" if result.seconds is not None else ""
        detail = f"painted={result.seconds} alive={result.alive} exit={result.returncode}\n"
        detail += "\n".join(result.remarks[-40:])
        ok = result.seconds is not None and result.alive and not result.failures
        self.check(f"{name} {shown}".strip(), ok, detail)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--existing", action="store_true", help=f"test dist/{APP_NAME} as it is")
    args = parser.parse_args(argv)
    if not args.existing:
        build = subprocess.run(
            [sys.executable, str(ROOT / "build_scripts" / "build.py")], check=False
        )
        if build.returncode != 0:
            print("FAIL  build")
            return 1
    if not executable().is_file():
        print(f"FAIL  no executable at {executable()}; build first")
        return 1
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="practice-catalogue-smoke-") as scratch:
        tmp = Path(scratch)
        before = snapshot(BUNDLE)
        check_layout(checks)
        check_version(checks, tmp)
        check_export(checks, tmp)
        check_commands(checks, tmp)
        check_window(checks, tmp)
        check_language(checks, tmp)
        check_sync(checks, tmp)
        changed = sorted(set(snapshot(BUNDLE).items()) ^ set(before.items()))
        checks.check("nothing written inside the bundle", not changed, changed[:20])
        check_portable(checks, tmp)
    print(f"\n{len(checks.failed)} check(s) failed" if checks.failed else "\nall checks passed")
    return 1 if checks.failed else 0


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
    return {
        name: ((folder / name).lstat().st_size, (folder / name).lstat().st_mtime_ns)
        for name in files_under(folder, skip)
    }


def check_layout(checks: Checks) -> None:
    inside = BUNDLE / CONTENTS
    missing = [
        f"{dest}/{Path(source).name}"
        for source, dest in shipped_files()
        if not (inside / dest / Path(source).name).is_file()
    ]
    checks.check("shipped data, resources and migrations inside the bundle", not missing, missing)


def check_version(checks: Checks, tmp: Path) -> None:
    env = sandbox_env(tmp / "home-version")
    frozen = run([str(executable()), "--version"], env, tmp)
    source = run([*source_command(), "--version"], env, ROOT)
    ok = frozen.returncode == 0 and frozen.stdout.strip() == source.stdout.strip() != ""
    checks.check(f"--version: {frozen.stdout.strip()}", ok, f"{frozen!r}\n{source!r}")


def check_export(checks: Checks, tmp: Path) -> None:
    env = sandbox_env(tmp / "home-export")
    documents = []
    for who, command, cwd in (
        ("frozen", [str(executable())], tmp),
        ("source", source_command(), ROOT),
    ):
        out = tmp / f"{who}.json"
        result = run([*command, "export", "--db", str(tmp / f"{who}.db"), "-o", str(out)], env, cwd)
        if not checks.check(
            f"{who} export exits 0", result.returncode == 0 and out.is_file(), result.stderr
        ):
            return
        documents.append(json.loads(out.read_text(encoding="utf-8")))
    frozen, source = (comparable(document) for document in documents)
    differing = sorted(
        key for key in frozen.keys() | source.keys() if frozen.get(key) != source.get(key)
    )
    counts = {key: len(frozen[key]) for key in ("categories", "regions", "practices")}
    checks.check(
        f"frozen export equals the source's {counts}", not differing, f"differ: {differing}"
    )


def check_commands(checks: Checks, tmp: Path) -> None:
    """import, the reports (PDF is rendered by Qt in the bundle), check and backup."""
    source = tmp / "frozen.json"
    if not source.is_file():
        return
    document = json.loads(source.read_text(encoding="utf-8"))
    stamp = "2026-11-27T12:00:00Z"
    document["notes"] = [
        {
            "id": "8a1f6c1e-3f59-4d7e-9a55-6f3c0d1e2b3a",
            "practice_id": document["practices"][0]["id"],
            "region_id": document["regions"][0]["id"],
            "author": "Smoke", "date": "2012-03-01", "status": "completed",
            "outcome": "Imported by the frozen build", "score_cluster_initiatives": 4,
            "score_development_agencies": None, "score_enterprises": 5,
            "body": "Õ, č, é survive the trip", "created_at": stamp, "updated_at": stamp,
            "revision": 1, "versions": {}, "deleted_at": None,
        }
    ]  # fmt: skip
    incoming = tmp / "incoming.json"
    incoming.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    env = sandbox_env(tmp / "home-commands")
    database = tmp / "commands.db"
    frozen = [str(executable())]
    imported = run([*frozen, "import", str(incoming), "--db", str(database)], env, tmp)
    ok = imported.returncode == 0 and "notes: 1 new" in imported.stdout
    checks.check("import of an exchange file", ok, imported.stdout + imported.stderr)
    for fmt, magic in (("pdf", b"%PDF"), ("xlsx", b"PK\x03\x04"), ("csv", b"\xef\xbb\xbf")):
        out = tmp / f"report.{fmt}"
        result = run([*frozen, "export", "--format", fmt, "--db", str(database), "-o", str(out)],
                     env, tmp)  # fmt: skip
        ok = result.returncode == 0 and out.is_file() and out.read_bytes().startswith(magic)
        checks.check(f"export --format {fmt}", ok, result.stderr)
    checked = run([*frozen, "check", "--db", str(database)], env, tmp)
    checks.check("check", checked.returncode == 0 and "sound" in checked.stdout, checked.stdout)
    backed = run([*frozen, "backup", "--db", str(database)], env, tmp)
    checks.check("backup", backed.returncode == 0 and (tmp / "backups").is_dir(), backed.stderr)


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The export without the facts that depend on when it ran."""
    result = {key: value for key, value in document.items() if key != "exported_at"}
    result["practices"] = [
        {key: value for key, value in practice.items() if key not in SEEDING_TIMES}
        for practice in document["practices"]
    ]
    return result


def check_window(checks: Checks, tmp: Path) -> None:
    env = sandbox_env(tmp / "home-window")
    database = tmp / "window.db"
    result = run_window([str(executable()), "--db", str(database)], env, tmp)
    checks.window("window on a fresh database", result)
    checks.check("the window's database was created", database.is_file())


def check_language(checks: Checks, tmp: Path) -> None:
    """``--lang de``: German menus from the shipped catalogue, Qt's texts from qtbase_de.qm."""
    from PySide6.QtCore import QTranslator

    home = tmp / "home-language"
    result = run_window(
        [str(executable()), "--lang", "de", "--db", str(tmp / "language.db")],
        sandbox_env(home), tmp,
    )  # fmt: skip
    checks.window("window with --lang de", result)
    ours = QTranslator()
    ours.load(str(ROOT / "resources" / "translations" / "practice_catalogue_de.qm"))
    expected = [ours.translate("Menus", source) for source in MENU_SOURCES]
    if not checks.check(
        f"the German catalogue translates the menus {expected}",
        all(expected) and not set(expected) & set(MENU_SOURCES),
        "resources/translations/practice_catalogue_de.ts lacks the menu titles",
    ):
        return
    logged = interface_lines(home)
    if not checks.check("the window logged its language and menus", bool(logged), logged):
        return
    language, menus, catalogues = logged[-1]
    shown = json.loads(menus)[: len(MENU_SOURCES)]
    checks.check(f"--lang de: German menus {shown}", (language, shown) == ("de", expected), logged)
    inside = BUNDLE / CONTENTS / "app" / "resources" / "translations"
    qt_catalogue = inside / "qtbase_de.qm"
    loaded = [Path(name) for name in json.loads(catalogues)]
    qt = QTranslator()
    cancel = qt.translate("QPlatformTheme", "Cancel") if qt.load(str(qt_catalogue)) else ""
    checks.check(
        f"--lang de: Qt's texts from the bundle's qtbase_de.qm (Cancel: {cancel})",
        qt_catalogue in loaded and cancel == "Abbrechen",
        f"loaded: {loaded}",
    )


def interface_lines(home: Path) -> list[tuple[str, ...]]:
    """(language, menus, catalogues) of each start logged in the sandbox's log files."""
    found = []
    for log in sorted(home.rglob("practice-catalogue.log")):
        for line in log.read_text(encoding="utf-8").splitlines():
            if match := INTERFACE_LINE.search(line):
                found.append(match.groups())
    return found


def check_portable(checks: Checks, tmp: Path) -> None:
    folder = tmp / "portable" / APP_NAME
    shutil.copytree(BUNDLE, folder, symlinks=True)
    (folder / "portable").touch()
    home = tmp / "home-portable"
    home.mkdir()
    env = sandbox_env(home)
    before = snapshot(folder, skip=("userdata",))
    command = [str(executable(folder))]
    checks.window("portable: window on a new database", run_window(command, env, tmp))
    checks.window("portable: window on the ready database", run_window(command, env, tmp))
    exported = run([*command, "export", "-o", str(tmp / "portable.json")], env, tmp)
    checks.check("portable: export without --db", exported.returncode == 0, exported.stderr)
    userdata = folder / "userdata"
    written = files_under(userdata)
    ok = (userdata / "catalogue.db").is_file() and (userdata / "settings").is_dir()
    checks.check(f"portable: data kept beside the executable {written}", ok, written)
    changed = sorted(set(snapshot(folder, skip=("userdata",)).items()) ^ set(before.items()))
    checks.check("portable: nothing else changed in the folder", not changed, changed[:20])
    outside = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    checks.check("portable: nothing written to the home or XDG folders", not outside, outside)


if __name__ == "__main__":
    sys.exit(main())
