"""Sparing PySide6 a read of every module's source as it is imported.

PySide6 lets a module switch Qt's API to another style with ``from __feature__ import
snake_case``. To know which modules might, it reads the source of every module imported after
PySide6 (``inspect.getsource``) and looks for the word "PySide6": about 0.1 ms a module, 8 to
11 ms of a start from source for the window's 93 modules, and half of the 100-150 ms that
importing the write path (SQLAlchemy) holds the interpreter after the first paint.

This application selects no feature anywhere (a test checks that no module of it names
``__feature__``), and nothing else it imports uses PySide6. So every module outside PySide6
is answered "does not select features" without reading it: PySide6 then leaves the module
out of its switching, exactly as it does for a module without "PySide6" in its source, and
every module sees Qt's default API, which is what each sees today. The scan lives in
PySide6's private support module; when a release names it otherwise, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_SUPPORT = "shibokensupport.feature"
_SCAN = "_mod_uses_pyside"
_PYSIDE = ("PySide6", "shiboken6")


def skip_source_scan() -> bool:
    """Import PySide6 and skip the scan outside it from now on (True when it is skipped)."""
    import PySide6.QtCore  # noqa: F401  (loads the support module and its scan)

    support = sys.modules.get(_SUPPORT)
    scan: Callable[[ModuleType], bool] | None = getattr(support, _SCAN, None)
    if support is None or not callable(scan):
        return False
    if getattr(scan, "skips", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name.partition(".")[0] in _PYSIDE:
            return scan(module)
        return False

    uses_pyside.skips = True  # type: ignore[attr-defined]
    setattr(support, _SCAN, uses_pyside)
    return True
