"""How a test status is shown everywhere (notes list, editor, matrix): a symbol beside the
word, so that status never rests on colour alone and reads in greyscale too."""

from __future__ import annotations

from app.domain.enums import NoteStatus

STATUS_SYMBOLS = {
    NoteStatus.PLANNED.value: "○",
    NoteStatus.IN_PROGRESS.value: "◐",
    NoteStatus.COMPLETED.value: "●",
    NoteStatus.DROPPED.value: "✕",
}


def status_text(status: str) -> str:
    return f"{STATUS_SYMBOLS.get(status, '')} {NoteStatus(status).label}".strip()
