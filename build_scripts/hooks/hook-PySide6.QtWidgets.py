"""Replaces PyInstaller's hook for PySide6.QtWidgets: the same collection minus unused Qt plugins
and translations (see build_scripts/bundle_contents.py). Hooks in the spec's hookspath take
precedence over PyInstaller's own."""

from bundle_contents import trim_qt
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, _binaries, _datas = add_qt6_dependencies(__file__)
binaries = trim_qt(_binaries)
datas = trim_qt(_datas)
