"""How a test status is shown everywhere (notes list, editor, matrix): a symbol beside the
word, so that status never rests on colour alone and reads in greyscale too.

The words are translated (context "NoteStatus"); the stored values stay the enum's.
``status_label`` is the word alone, ``status_text`` the symbol and the word,
``status_legend`` every symbol with its word, for a legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import NoteStatus
from app.ui.common.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

STATUS_SYMBOLS = {
    NoteStatus.PLANNED.value: "○",
    NoteStatus.IN_PROGRESS.value: "◐",
    NoteStatus.COMPLETED.value: "●",
    NoteStatus.DROPPED.value: "✕",
}
STATUS_LABELS = {
    NoteStatus.PLANNED.value: QT_TRANSLATE_NOOP("NoteStatus", "planned"),
    NoteStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("NoteStatus", "in progress"),
    NoteStatus.COMPLETED.value: QT_TRANSLATE_NOOP("NoteStatus", "completed"),
    NoteStatus.DROPPED.value: QT_TRANSLATE_NOOP("NoteStatus", "dropped"),
}


def status_label(status: str) -> str:
    """The status in words ("in progress"), in the window's language."""
    return translate("NoteStatus", STATUS_LABELS[NoteStatus(status).value])


def status_text(status: str) -> str:
    return f"{STATUS_SYMBOLS.get(status, '')} {status_label(status)}".strip()


def status_legend() -> str:
    """ "○ planned · ◐ in progress · ● completed · ✕ dropped", in the window's language."""
    return " · ".join(status_text(status) for status in STATUS_SYMBOLS)
