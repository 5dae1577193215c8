"""Build the standalone application: one folder, dist/practice-catalogue/, and its archive.

    uv run --group build python build_scripts/build.py              # the one-folder build
    uv run --group build python build_scripts/build.py --onefile    # one file, dist/onefile/

The same command on Linux, Windows and macOS. It runs PyInstaller on practice_catalogue.spec,
checks that the shipped files sit where app/paths.py and Alembic look for them, writes the
archive (.tar.gz on Linux, .zip elsewhere) and prints the sizes against the targets.
Started without PyInstaller (plain ``uv run``), it starts itself again with the build group.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_contents as contents
from archive import make_archive

ROOT = contents.ROOT
SPEC = ROOT / "build_scripts" / "practice_catalogue.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
FOLDER_TARGET_MB, ARCHIVE_TARGET_MB = 100, 45
MB = 1e6


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        return _restart_with_build_group()
    started = time.monotonic()
    distpath = DIST / "onefile" if args.onefile else DIST
    spec_args = [
        *(["--onefile"] if args.onefile else []),
        *(["--keep-icu"] if args.keep_icu else []),
    ]
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(distpath), "--workpath", str(WORK), str(SPEC), "--", *spec_args]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        print("PyInstaller failed", file=sys.stderr)
        return 1
    built = distpath / contents.APP_NAME
    if not args.onefile:
        built_exe = built / executable_name()
        problems = missing_shipped_files(built) + unresolved_libraries(built)
        if problems or not built_exe.is_file():
            print("the bundle is incomplete:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
        warn_unwanted_qt(built)
    else:
        built = built.with_name(executable_name())
    archive = make_archive(built, DIST / archive_stem(args.onefile))
    report(built, archive, time.monotonic() - started)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-unpacking executable")
    parser.add_argument(
        "--keep-icu", action="store_true", help="Linux: ship ICU's data whole (see trim_icu.py)"
    )
    return parser


def _restart_with_build_group() -> int:
    uv = shutil.which("uv")
    if uv is None or os.environ.get("PRACTICE_CATALOGUE_BUILD_RESTARTED"):
        print("PyInstaller is missing: uv run --group build python build_scripts/build.py")
        return 2
    env = dict(os.environ, PRACTICE_CATALOGUE_BUILD_RESTARTED="1")
    command = [uv, "run", "--group", "build", "python", __file__, *sys.argv[1:]]
    return subprocess.run(command, env=env, check=False).returncode


def executable_name() -> str:
    return contents.APP_NAME + (".exe" if sys.platform == "win32" else "")


def archive_stem(onefile: bool) -> str:
    """practice-catalogue-0.1.0-linux-x86_64[-onefile]"""
    sys.path.insert(0, str(ROOT))
    from app import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower())
    suffix = "-onefile" if onefile else ""
    return f"{contents.APP_NAME}-{__version__}-{system}-{machine or platform.machine()}{suffix}"


def missing_shipped_files(folder: Path) -> list[str]:
    inside = folder / contents.CONTENTS
    expected = [inside / dest / Path(source).name for source, dest in contents.shipped_files()]
    return [f"missing {path.relative_to(folder)}" for path in expected if not path.is_file()]


def unresolved_libraries(folder: Path) -> list[str]:
    """Linux: shared libraries in the bundle whose dependencies the loader cannot find."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems = []
    internal = folder / contents.CONTENTS
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    for library in sorted(internal.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        result = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{library.relative_to(folder)}: {line.strip()}")
    return problems


def warn_unwanted_qt(folder: Path) -> None:
    unwanted = sorted({p.name for p in folder.rglob("*") if contents.UNWANTED_QT.search(p.name)})
    if unwanted:
        print(f"warning: Qt modules the application does not use: {', '.join(unwanted)}")


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())


def report(built: Path, archive: Path, seconds: float) -> None:
    folder, packed = size_of(built), size_of(archive)
    print(f"\nbuilt    {built.relative_to(ROOT)}  {verdict(folder, FOLDER_TARGET_MB)}")
    print(f"archive  {archive.relative_to(ROOT)}  {verdict(packed, ARCHIVE_TARGET_MB)}")
    if built.is_dir():
        largest = sorted((p for p in built.rglob("*") if p.is_file() and not p.is_symlink()),
                         key=lambda p: p.stat().st_size, reverse=True)[:6]  # fmt: skip
        names = ", ".join(f"{p.name} {p.stat().st_size / MB:.1f}" for p in largest)
        print(f"largest  {names} (MB)")
    print(f"time     {seconds:.0f} s")


def verdict(size: int, target_mb: float) -> str:
    over = size / MB - target_mb
    status = "within target" if over <= 0 else f"OVER target by {over:.1f} MB"
    return f"{size / MB:.1f} MB ({size / 2**20:.1f} MiB); target <= {target_mb} MB: {status}"


if __name__ == "__main__":
    sys.exit(main())
