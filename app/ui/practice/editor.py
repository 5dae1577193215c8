"""Editing a practice's texts in place of the detail view, with the notes' autosave rules.

Summary, description (Markdown), service type, origin region and source save themselves as
you type, under a revision check. Title and category are shown, not typed over: changing them
goes through a dialog that says what will change and asks to confirm.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConflictChoice, ServiceType
from app.services.details import PracticeDetail
from app.services.notes.reader import NotesReader
from app.services.store import CatalogueStore
from app.ui.common.autosave import Autosaver
from app.ui.common.locale_format import date_time_text, time_text
from app.ui.common.translation import fill
from app.ui.practice.dialogs import MoveDialog, RenameDialog, field_label, named
from app.ui.practice.document import service_type_text

if TYPE_CHECKING:
    from app.services.practices import PracticesService, PracticeTexts


translate = QCoreApplication.translate


class PracticeEditor(QWidget):
    changed = Signal(str)  # practice id, after a write (texts, title or category)
    finished = Signal()

    def __init__(self, reader: NotesReader, store: CatalogueStore, parent: QWidget | None = None):
        super().__init__(parent)
        named(
            self,
            "practiceEditor",
            translate("PracticeEditor", "Practice editor"),
            translate(
                "PracticeEditor",
                "Edit the selected practice; changes save themselves as you type (F2: done)",
            ),
        )
        self.reader = reader
        self.store = store
        self.detail: PracticeDetail | None = None
        self.revision = 0
        self.conflict_id: str | None = None
        self._loading = False
        self.origin = f"{socket.gethostname()}, process {os.getpid()}"
        self.autosave = Autosaver(self._save, self)
        self.title = QLabel()
        named(self.title, "practiceTitle", translate("PracticeEditor", "Title"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.category = QLabel()
        named(self.category, "practiceCategory", translate("PracticeEditor", "Category"))
        self.rename_button = QPushButton(translate("PracticeEditor", "Re&name…"))
        named(
            self.rename_button,
            "practiceRename",
            translate("PracticeEditor", "Rename"),
            translate("PracticeEditor", "Change the title or subtitle (asks to confirm)"),
        )
        self.rename_button.clicked.connect(self.rename)
        self.move_button = QPushButton(translate("PracticeEditor", "&Move to Category…"))
        named(
            self.move_button,
            "practiceMove",
            translate("PracticeEditor", "Move to category"),
            translate("PracticeEditor", "Put the practice in another category (asks to confirm)"),
        )
        self.move_button.clicked.connect(self.move_to_category)
        self.service_type = QComboBox()
        named(
            self.service_type,
            "practiceServiceType",
            translate("PracticeEditor", "Service type"),
            translate("PracticeEditor", "Service type of the practice"),
        )
        for kind in ServiceType:
            self.service_type.addItem(service_type_text(kind), kind.value)
        self.origin_region = QComboBox()
        named(
            self.origin_region,
            "practiceOriginRegion",
            translate("PracticeEditor", "Origin region"),
            translate("PracticeEditor", "Region the practice comes from"),
        )
        self.source = QLineEdit()
        named(
            self.source,
            "practiceSource",
            translate("PracticeEditor", "Source"),
            translate("PracticeEditor", "Where the facts about this practice come from"),
        )
        self.summary = QPlainTextEdit()
        named(
            self.summary,
            "practiceSummary",
            translate("PracticeEditor", "Summary"),
            translate("PracticeEditor", "Summary in Markdown; Tab moves to the next field"),
        )
        self.summary.setPlaceholderText(
            translate("PracticeEditor", "A few lines on what the service offers (Markdown)")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(110)
        self.description = QPlainTextEdit()
        named(
            self.description,
            "practiceDescription",
            translate("PracticeEditor", "Description"),
            translate("PracticeEditor", "Description in Markdown; Tab moves to the next field"),
        )
        self.description.setPlaceholderText(
            translate("PracticeEditor", "How it works, for whom, with what results (Markdown)")
        )
        self.description.setTabChangesFocus(True)
        self.conflict = QLabel()
        named(self.conflict, "practiceConflict", translate("PracticeEditor", "Conflict"))
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("background: #fff4d6; border: 1px solid #e0b84c; padding: 4px")
        self.keep_mine = QPushButton(translate("PracticeEditor", "Keep &mine"))
        named(
            self.keep_mine,
            "practiceKeepMine",
            translate("PracticeEditor", "Keep mine"),
            translate(
                "PracticeEditor", "Keep the texts typed here; the other version stays on record"
            ),
        )
        self.keep_theirs = QPushButton(translate("PracticeEditor", "Keep &theirs"))
        named(
            self.keep_theirs,
            "practiceKeepTheirs",
            translate("PracticeEditor", "Keep theirs"),
            translate("PracticeEditor", "Keep the texts saved elsewhere; these stay on record"),
        )
        self.keep_mine.clicked.connect(lambda: self._settle(ConflictChoice.MINE))
        self.keep_theirs.clicked.connect(lambda: self._settle(ConflictChoice.THEIRS))
        self.state = QLabel()
        named(self.state, "practiceSaveState", translate("PracticeEditor", "Save state"))
        self.done = QPushButton(translate("PracticeEditor", "&Done"))
        named(
            self.done,
            "practiceDone",
            translate("PracticeEditor", "Done"),
            translate("PracticeEditor", "Back to reading (F2)"),
        )
        self.done.setToolTip(translate("PracticeEditor", "Back to reading (F2)"))
        self.done.clicked.connect(self.finish)
        self._layout()
        for edit in (self.summary, self.description):
            edit.textChanged.connect(self._edited)
        self.source.textEdited.connect(self._edited)
        self.service_type.currentIndexChanged.connect(self._edited)
        self.origin_region.currentIndexChanged.connect(self._edited)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.move_button)
        form = QFormLayout()
        for text, field in (
            (translate("PracticeEditor", "Service &type"), self.service_type),
            (translate("PracticeEditor", "&Origin region"), self.origin_region),
            (translate("PracticeEditor", "So&urce"), self.source),
            (translate("PracticeEditor", "&Summary"), self.summary),
            (translate("PracticeEditor", "D&escription"), self.description),
        ):
            form.addRow(field_label(text, field), field)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict, 1)
        conflict_row.addWidget(self.keep_mine)
        conflict_row.addWidget(self.keep_theirs)
        footer = QHBoxLayout()
        footer.addWidget(self.state, 1)
        footer.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(category_row)
        layout.addLayout(conflict_row)
        layout.addLayout(form, 1)
        layout.addLayout(footer)
        self._show_conflict(None)

    # -- loading and saving --------------------------------------------------------------

    def load(self, detail: PracticeDetail) -> None:
        self.autosave.reset()
        self.detail = detail
        self.revision = detail.revision
        self._loading = True
        try:
            self.title.setText(detail.title + (f" — {detail.subtitle}" if detail.subtitle else ""))
            self.category.setText(
                fill(translate("PracticeEditor", "Category: %1"), detail.category_name)
            )
            self.service_type.setCurrentIndex(self.service_type.findData(detail.service_type))
            self.origin_region.clear()
            self.origin_region.addItem(translate("PracticeEditor", "Not recorded"), None)
            for region in self.reader.regions():
                self.origin_region.addItem(region.label, region.id)
            origin = detail.origin_region.id if detail.origin_region else None
            self.origin_region.setCurrentIndex(max(self.origin_region.findData(origin), 0))
            self.source.setText(detail.source)
            self.source.setCursorPosition(0)
            self.summary.setPlainText(detail.summary)
            self.description.setPlainText(detail.description)
        finally:
            self._loading = False
        conflicts = [c for c in self.reader.open_conflicts(detail.id) if c.entity == "practice"]
        self._show_conflict(conflicts[-1].id if conflicts else None)
        self.state.setText(
            fill(translate("PracticeEditor", "Saved %1"), date_time_text(detail.updated_at))
        )

    def texts(self) -> PracticeTexts:
        from app.services.practices import PracticeTexts

        return PracticeTexts(
            summary=self.summary.toPlainText(),
            description=self.description.toPlainText(),
            service_type=self.service_type.currentData(),
            origin_region_id=self.origin_region.currentData(),
            source=self.source.text(),
        )

    def focus_first_field(self) -> None:
        self.summary.setFocus()

    def flush(self) -> None:
        if self.autosave.dirty:
            self.autosave.save_now()

    def finish(self) -> None:
        self.flush()
        self.finished.emit()

    def _edited(self) -> None:
        if self._loading or self.detail is None:
            return
        self.state.setText(translate("PracticeEditor", "Saving…"))
        self.autosave.edited()

    def _save(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from app.domain.errors import RevisionConflictError
        from app.services.practices import PracticeEditError

        if self.detail is None:
            return
        service = self.store.practices
        texts = self.texts()
        try:
            self.revision = service.update_texts(self.detail.id, self.revision, texts)
        except RevisionConflictError:
            conflict = service.keep_conflict(self.detail.id, self.revision, texts, self.origin)
            self.autosave.saved()
            self._show_conflict(conflict)
            self.state.setText(
                translate(
                    "PracticeEditor",
                    "Not saved: this practice changed elsewhere; both versions kept",
                )
            )
            return
        except PracticeEditError as error:
            self.autosave.saved()
            self.state.setText(fill(translate("PracticeEditor", "Not saved: %1"), error))
            return
        except SQLAlchemyError as error:
            # The error's kind is what support needs; the words around it are translated.
            self.state.setText(
                fill(
                    translate("PracticeEditor", "Not saved: %1. Retrying…"),
                    error.__class__.__name__,
                )
            )
            self.autosave.failed()
            return
        self.autosave.saved()
        self.state.setText(fill(translate("PracticeEditor", "Saved %1"), time_text(datetime.now())))
        self.changed.emit(self.detail.id)

    # -- conflicts, title, category ------------------------------------------------------

    def _show_conflict(self, conflict_id: str | None) -> None:
        self.conflict_id = conflict_id
        visible = conflict_id is not None
        self.conflict.setText(
            translate(
                "PracticeEditor",
                "These texts were changed elsewhere while you edited them. Both versions are kept.",
            )
        )
        for widget in (self.conflict, self.keep_mine, self.keep_theirs):
            widget.setVisible(visible)

    def _settle(self, choice: ConflictChoice) -> None:

        if self.conflict_id is None or self.detail is None:
            return
        self.store.practices.resolve(self.conflict_id, choice)
        self._reload()

    def _reload(self) -> None:
        if self.detail is None:
            return
        detail = self.reader.practice_detail(self.detail.id)
        if detail is not None:
            self.load(detail)
            self.changed.emit(detail.id)

    def rename(self) -> None:
        if self.detail is None:
            return
        self.flush()
        dialog = RenameDialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        practice_id, title, subtitle = self.detail.id, dialog.title.text(), dialog.subtitle.text()
        self._apply(lambda service: service.rename(practice_id, self.revision, title, subtitle))

    def move_to_category(self) -> None:
        if self.detail is None:
            return
        self.flush()
        dialog = MoveDialog(self.detail, self.reader, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        practice_id, target = self.detail.id, dialog.category.currentData()
        self._apply(lambda service: service.move(practice_id, self.revision, target))

    def _apply(self, change: Callable[[PracticesService], int]) -> None:
        from app.domain.errors import RevisionConflictError
        from app.services.practices import PracticeEditError

        try:
            change(self.store.practices)
        except (RevisionConflictError, PracticeEditError) as error:
            QMessageBox.warning(self, translate("PracticeEditor", "Not changed"), str(error))
        self._reload()


__all__ = ["MoveDialog", "PracticeEditor", "RenameDialog"]
