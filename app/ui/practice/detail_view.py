"""The detail pane: what the selected practice or category holds, read-only and inert."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from app.services.dto import CategoryDetail, PracticeDetail
from app.ui.common.safe_browser import SafeTextBrowser
from app.ui.practice.document import render_category, render_message, render_practice


class PracticeDetailView(SafeTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDetail")
        self.setAccessibleName("practiceDetail")
        self.setAccessibleDescription("Details of the selected practice or category")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(16)
        self.shown_id: str | None = None
        self.show_nothing()

    def show_practice(self, detail: PracticeDetail) -> None:
        self.shown_id = detail.id
        render_practice(self.document(), detail)

    def show_category(self, detail: CategoryDetail, total: int) -> None:
        self.shown_id = detail.id
        render_category(self.document(), detail, total)

    def show_nothing(self) -> None:
        self.shown_id = None
        render_message(
            self.document(),
            "Select a practice to see its details.",
            "Use the tree on the left, or type in the filter box (Ctrl+F) to find one.",
        )
