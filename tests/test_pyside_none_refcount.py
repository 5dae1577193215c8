"""Regression guard for the PySide6 pin (pyproject.toml): Qt calls returning "no value" must
not steal references to None. PySide6 6.12.0 on CPython 3.11 does, and the interpreter aborts
with "Fatal Python error: none_dealloc" after ~5,200 such calls."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem

CALLS = 20_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_empty_qt_values_keep_none_alive() -> None:
    item = QStandardItem()
    index = QModelIndex()
    before = sys.getrefcount(None)
    for _ in range(CALLS // 2):
        assert item.data(Qt.ItemDataRole.UserRole) is None
        assert index.data(Qt.ItemDataRole.DisplayRole) is None
    after = sys.getrefcount(None)
    # Other code may take references meanwhile; a leak of one per call would be ~20,000.
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} calls"
