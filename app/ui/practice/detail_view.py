"""The detail pane: what the selected practice or category holds, read-only and inert.

Short texts are shown at once; long ones are rendered on a worker thread while the title, the
facts and "Preparing this text…" are shown (``SafeTextBrowser.show_html_later``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QWidget

from app.ui.common.page import STYLE, message_html, page
from app.ui.common.safe_browser import SafeTextBrowser
from app.ui.common.translation import fill

if TYPE_CHECKING:
    from app.services.details import CategoryDetail, PracticeDetail

Render = Callable[[str], str]
translate = QCoreApplication.translate


class PracticeDetailView(SafeTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDetail")
        self.setAccessibleName(translate("PracticeDetailView", "Practice details"))
        self.setAccessibleDescription(
            translate(
                "PracticeDetailView",
                "What the selected practice or category holds: its facts, texts and field"
                " tests. Read only; Tab moves between its links.",
            )
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(16)
        self.shown_id: str | None = None
        self.show_nothing()

    # The Markdown code and the documents are imported when a record is first shown: the
    # first page (select a practice) needs neither.

    def show_practice(self, detail: PracticeDetail) -> None:
        from app.ui.practice.document import practice_html

        self._show(
            detail.id,
            lambda render: practice_html(detail, render),
            detail.summary,
            detail.description,
        )

    def show_category(self, detail: CategoryDetail, total: int) -> None:
        from app.ui.practice.document import category_html

        self._show(
            detail.id, lambda render: category_html(detail, total, render), detail.description
        )

    def _show(self, shown_id: str, compose: Callable[[Render], str], *texts: str) -> None:
        """``compose(render)``: the page, with each Markdown text passed through ``render``."""
        from app.ui.common.markdown import build_page, markdown_html, preparing, renders_quickly

        moved = shown_id != self.shown_id
        self.shown_id = shown_id
        if renders_quickly(*texts):
            self.show_html(page(compose(markdown_html)), STYLE)
            return
        # Another record: its title and facts now, its texts when ready. The same record
        # again (its data changed): what is shown stays until the new version is ready.
        now = page(compose(preparing)) if moved else None
        self.show_later(lambda margin, font: build_page(compose, margin, font), now, STYLE)

    def show_nothing(self) -> None:
        self.shown_id = None
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        hint = translate(
            "PracticeDetailView",
            "Use the tree on the left, or type in the filter box (%1) to find one.",
        )
        self.show_html(
            page(
                message_html(
                    translate("PracticeDetailView", "Select a practice to see its details."),
                    fill(hint, find),
                )
            ),
            STYLE,
        )
