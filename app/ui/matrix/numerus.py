"""The matrix's translation contexts for counted texts (``app.ui.common.numerus``):
``MatrixCell.tr("%1, %2: %3, %n note(s)", None, count)``."""

from __future__ import annotations

from app.ui.common.numerus import Numerus

Matrix = Numerus("Matrix")
MatrixCell = Numerus("MatrixCell")
MatrixHeader = Numerus("MatrixHeader")
MatrixExport = Numerus("MatrixExport")
