"""A sync's failure as the window says it: a sentence in the window's language, then the
server's or the driver's own words (which come in English, or in the server's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.common.translation import fill

translate = QCoreApplication.translate


def problem_text(error: Exception) -> str:
    from app.services.sync.errors import PasswordError, ServerUnreachableError

    detail = str(error)
    if isinstance(error, PasswordError):
        text = translate("SyncProblems", "The server did not accept the sign-in (%1).")
    elif isinstance(error, ServerUnreachableError):
        text = translate("SyncProblems", "The catalogue server cannot be reached (%1).")
    else:
        text = translate("SyncProblems", "The sync did not go through (%1).")
    return fill(text, detail)
