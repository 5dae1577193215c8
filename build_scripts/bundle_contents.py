"""What goes into the frozen bundle and what stays out; read by the spec and the Qt hooks.

Shipped files land at the same places relative to the ``app`` package as in the wheel
(``app/data``, ``app/resources``, ``app/db/migrations``), so ``app.paths`` and Alembic find
them unchanged. Qt is trimmed to what a widgets application needs: PyInstaller's own PySide6
hooks collect every plugin of every type QtGui can use (virtual keyboard, Wayland, GTK theme,
SVG and PDF image formats, ...), and those pull in QtQuick, QtNetwork, QtPdf and GTK.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
import sys
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "practice-catalogue"
MIGRATIONS = ROOT / "app" / "db" / "migrations"
SERVER_MIGRATIONS = ROOT / "app" / "db" / "server_migrations"  # ``server init`` runs them
TRANSLATIONS = ROOT / "resources" / "translations"  # the compiled .qm files ship, not the .ts
TRANSLATIONS_DEST = "app/resources/translations"  # app.ui.common.translation looks there

# Qt's own texts (standard buttons, file dialogs, the text fields' context menus) for the
# interface languages Qt translates: Qt 6 keeps all of QtCore/QtGui/QtWidgets' texts in
# qtbase_*.qm (qt_*.qm only points to qtbase and modules the application lacks). Qt ships no
# qtbase for et, sl, el or mt: those windows show Qt's few texts in English. They go beside
# the application's own catalogues, where app.ui.common.translation looks first.
QT_CATALOGUES = ("qtbase_de", "qtbase_fr")

# Qt plugins kept, by plugin type; names are file stems without "lib" and the extension.
# offscreen/minimal: headless runs and the smoke test; xcb: X11 and XWayland (the Wayland
# plugin would add QtWaylandClient and its shell integrations); windows/cocoa: the other
# systems. compose/ibus: dead keys and input methods on Linux (QtDBus is linked by QtGui
# anyway). No image formats: PNG is built into QtGui and the application loads no other
# images (app/ui/common/safe_browser.py answers no resource); no SVG icon engine (QtSvg).
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "platforms/darwin": ("*",),  # macOS helpers of the cocoa plugin, kept untested
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "styles": ("*",),  # the Windows 11 and macOS styles
}

# Python modules the application never imports. Most are reached only through optional
# imports of libraries (Mako's Pygments plugin pulls in Pillow, asyncio pulls in ssl); each
# entry here was checked against PyInstaller's cross-reference (build/.../xref-*.html).
EXCLUDED_MODULES = [
    "PySide6.QtTest",  # tests only
    "PySide6.QtDBus",  # the binding; libQt6DBus itself stays, QtGui links it
    "PySide6.QtNetwork",
    "PIL",  # via pygments.formatters.img; Pillow is a build-time tool here
    "pygments",  # via mako.ext.pygmentplugin
    "numpy",
    "setuptools",
    "distutils",
    "pkg_resources",
    "tkinter",
    "pydoc",  # help() only
    "readline",
    # ssl stays: psycopg's libpq wrappers import it (to set up libcrypto's callbacks) and
    # refuse to load without it; libpq itself brings its own OpenSSL (psycopg_binary.libs).
    "_hashlib",  # hashlib falls back to its built-in SHA-2 (no libcrypto, ~5 MB)
    "multiprocessing",
    "_pydecimal",  # decimal's pure-Python fallback; the C _decimal is collected
    "xmlrpc",
    # East Asian legacy codecs (~0.9 MB of C extensions): every file this application reads
    # or writes is UTF-8; only looking up such an encoding by name would fail.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    "_multibytecodec",
    # xz and bzip2 (with liblzma and libbz2): zipfile, tarfile and shutil import them only if
    # present; the only archives the application writes, .xlsx reports, use zlib's deflate.
    "lzma",
    "_lzma",
    "bz2",
    "_bz2",
    "sqlalchemy.ext.asyncio",  # the application uses SQLAlchemy synchronously
    "sqlalchemy.ext.mypy",
    # SQLAlchemy's other dialects stay: alembic.ddl imports all of them.
]

# Binaries collected outside the module hooks (PySide6's package hook, Windows only): Qt's
# software OpenGL and the Direct3D shader compiler serve Qt Quick and OpenGL widgets, which a
# raster-painted widgets application never creates. Neither links anything else.
UNWANTED_BINARIES = ("opengl32sw.dll", "d3dcompiler_*.dll")
# Linux: libdbus-1 (linked by QtDBus, which QtGui links) is the only bundled library that
# needs libsystemd, and libsystemd alone pulls in libcap, libgcrypt, libgpg-error and lz4
# (2.5 MB). libsystemd.so.0 is on every systemd distribution (Debian's essential bsdutils and
# util-linux depend on it; elogind provides it elsewhere), and libdbus asks only for its
# LIBSYSTEMD_209 symbols (systemd 209, 2014), so the system's copy serves, with its own
# dependencies. liblzma goes too: nothing else in the bundle needs it (``lzma`` is excluded).
LEFT_TO_THE_SYSTEM = (
    "libsystemd.so.0",
    "libcap.so.2",
    "libgcrypt.so.20",
    "libgpg-error.so.0",
    "liblz4.so.1",
    "liblzma.so.5",
)

# Qt modules that must not ride along (checked after the build): a warning names them.
UNWANTED_QT = re.compile(
    r"Qt6?(Qml|Quick|Network|Pdf|Svg|OpenGL|VirtualKeyboard|WaylandClient|Test|WebEngine)\b"
)
CONTENTS = "_internal"  # PyInstaller's contents folder beside the executable

TocEntry = tuple[str, str]  # (source file, destination folder) as hooks return them


def plugin_wanted(source: str, destination: str) -> bool:
    """Whether a file a Qt hook collects belongs in the bundle (plugins and translations)."""
    parts = PurePath(destination).parts
    if "translations" in parts:
        return False  # all of Qt's catalogues (~14 MB): the two needed come in shipped_files
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1 :])
    stem = PurePath(source).name.split(".")[0].removeprefix("lib")
    patterns = KEEP_PLUGINS.get(plugin_type, ())
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in patterns)


def binary_wanted(name: str) -> bool:
    base = PurePath(name).name.lower()
    unwanted = (*UNWANTED_BINARIES, *LEFT_TO_THE_SYSTEM)
    return not any(fnmatch.fnmatchcase(base, pattern) for pattern in unwanted)


def trim_qt(entries: list[TocEntry]) -> list[TocEntry]:
    return [(source, dest) for source, dest in entries if plugin_wanted(source, dest)]


def qt_translations_folder() -> Path:
    """Where the installed PySide6 keeps Qt's ``.qm`` files (its layout differs by system)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def shipped_files() -> list[TocEntry]:
    """Data files as (source, destination folder): catalogue, schema, resources, the compiled
    translations with Qt's own for German and French, migrations (the laptop's and the
    shared server's).

    The migration scripts are copied as real files because Alembic reads the folder.
    """
    files = [
        (ROOT / "data" / name, "app/data") for name in ("catalogue.json", "exchange.schema.json")
    ]
    files += [
        (path, "app/resources")
        for path in sorted((ROOT / "resources").iterdir())
        if path.is_file() and not path.name.startswith(".")
    ]
    files += [
        (path, "app/resources/icons")
        for path in sorted((ROOT / "resources" / "icons").glob("*.png"))
    ]
    files += [(path, TRANSLATIONS_DEST) for path in sorted(TRANSLATIONS.glob("*.qm"))]
    qt_folder = qt_translations_folder()
    files += [(qt_folder / f"{name}.qm", TRANSLATIONS_DEST) for name in QT_CATALOGUES]
    for folder in (MIGRATIONS, SERVER_MIGRATIONS):
        inside = PurePath("app/db", folder.name)
        for path in sorted(folder.rglob("*")):
            if (
                path.is_file()
                and path.suffix in {".py", ".mako"}
                and "__pycache__" not in path.parts
            ):
                files.append((path, str(inside / path.parent.relative_to(folder))))
    return [(str(source), dest) for source, dest in files]


def migration_imports() -> list[str]:
    """Modules the migration scripts import: Alembic runs them from files, so PyInstaller's
    analysis of the application never sees those imports."""
    names: set[str] = set()
    for script in (*MIGRATIONS.rglob("*.py"), *SERVER_MIGRATIONS.rglob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                # "from alembic import op" names a module, "from typing import Any" does not
                names.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(name for name in names if name != "__future__")


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # the parent is a module, not a package
        return False


def strip_binaries() -> bool:
    """Strip symbols on Linux only: Windows has no strip tool for MSVC binaries, and on macOS
    the wheels' binaries are already stripped and signed."""
    return sys.platform.startswith("linux")
