"""Named item-data roles shared by the Qt models."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    KIND = _BASE + 1  # NodeKind value
    ID = _BASE + 2  # category or practice UUID
    NAME = _BASE + 3  # category name / practice title, without counts
    MATCHES = _BASE + 4  # practices shown under a category (filtered or not)
    TOTAL = _BASE + 5  # practices in a category


class NodeKind(IntEnum):
    CATEGORY = 1
    PRACTICE = 2
    MORE = 3  # "… N more": activating it shows the next batch of a long category
