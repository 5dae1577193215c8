"""Counted texts of the matrix (Qt's numerus forms), written so that lupdate records them as
plurals.

lupdate 6.11's Python parser reads an identifier after the disambiguation of
``translate("Ctx", "%n note(s)", None, count)`` as a Qt 4 encoding argument and records the
text as an ordinary one (only a literal number counts); a qualified ``Ctx.tr("%n note(s)",
None, count)`` is recorded as a plural in the context ``Ctx``. So counted texts go through
the objects below, each named exactly as its context: ``MatrixCell.tr("%n note(s)", None, n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Context:
    """``QCoreApplication.translate`` in one context (not a QObject: no runtime class name)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


Matrix = Context("Matrix")
MatrixCell = Context("MatrixCell")
MatrixHeader = Context("MatrixHeader")
MatrixExport = Context("MatrixExport")
