"""Counted texts ("%n practice(s)") that ``pyside6-lupdate`` records as plural (numerus).

``QCoreApplication.translate("Ctx", "%n note(s)", None, count)`` translates correctly at run
time, but the Python reader of ``lupdate`` 6.11 takes an identifier in the fourth place for the
old "encoding" argument: the message is collected without ``numerus="yes"``, so translators get
one form for every number (and an expression such as ``len(rows)`` there drops the message).
``Ctx.tr("%n note(s)", None, count)`` on a module-level ``Ctx = Numerus("Ctx")`` is read
as a plural in context ``Ctx`` (lupdate takes the dotted prefix of ``.tr`` for the context), and
it calls ``QCoreApplication.translate`` with that context at run time.

(``build_scripts/lupdate_plurals.py`` hands lupdate copies with a literal count, so
``translate(...)`` with a count works too; both forms are in use.)

Keep the variable's name and the context the same, and use it for counted texts only; the
rest stays ``translate("Ctx", "Text")``. ``%Ln`` writes the count with the language's digit
grouping (``12 345``), ``%n`` without.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Numerus:
    """The counted texts of one translation context: ``Ctx.tr(text, None, count)``."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the installed language, its plural form chosen by ``n``."""
        return QCoreApplication.translate(self.context, text, disambiguation, n)
