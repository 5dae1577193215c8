"""The practice editor's confirming dialogs (rename, move to another category) and the
small naming helpers its widgets share: an object name for automation, words for people."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services.details import PracticeDetail
from app.services.notes.reader import NotesReader
from app.ui.common.translation import fill

translate = QCoreApplication.translate


def named(widget: QWidget, object_name: str, name: str, description: str = "") -> None:
    """``object_name`` for automation; ``name`` (and ``description``) for screen readers."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def field_label(text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic (``&Source``) puts the cursor in ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class RenameDialog(QDialog):
    """New title and subtitle; the button says what it does, so pressing it confirms."""

    def __init__(self, detail: PracticeDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameDialog")
        self.setWindowTitle(translate("RenameDialog", "Rename practice"))
        self.title = QLineEdit(detail.title)
        named(self.title, "renameTitle", translate("RenameDialog", "New title"))
        self.subtitle = QLineEdit(detail.subtitle)
        named(self.subtitle, "renameSubtitle", translate("RenameDialog", "New subtitle"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(
            translate("RenameDialog", "&Rename"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.confirm, "renameConfirm", translate("RenameDialog", "Rename"))
        _name_cancel(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_rich_label(translate("RenameDialog", "Currently: %1"), detail.title))
        form.addRow(field_label(translate("RenameDialog", "&Title"), self.title), self.title)
        form.addRow(
            field_label(translate("RenameDialog", "&Subtitle"), self.subtitle), self.subtitle
        )
        form.addRow(self.summary)
        form.addRow(buttons)
        self.old = (detail.title, detail.subtitle)
        for edit in (self.title, self.subtitle):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        new = (self.title.text().strip(), self.subtitle.text().strip())
        self.confirm.setEnabled(bool(new[0]) and new != self.old)
        self.summary.setText(
            translate(
                "RenameDialog", "Every laptop that imports this catalogue will show the new title."
            )
            if self.confirm.isEnabled()
            else translate("RenameDialog", "Type a new title (it cannot be empty).")
        )


class MoveDialog(QDialog):
    def __init__(
        self, detail: PracticeDetail, reader: NotesReader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(translate("MoveDialog", "Move practice to another category"))
        self.category = QComboBox()
        named(self.category, "moveCategory", translate("MoveDialog", "New category"))
        for node in reader.categories():
            if node.id != detail.category_id:
                self.category.addItem(node.name, node.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        confirm = buttons.addButton(
            translate("MoveDialog", "&Move"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(confirm, "moveConfirm", translate("MoveDialog", "Move"))
        _name_cancel(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            _rich_label(
                translate("MoveDialog", "Move %1 out of “%2” into:"),
                detail.title,
                detail.category_name,
            )
        )
        form.addRow(field_label(translate("MoveDialog", "&Category"), self.category), self.category)
        form.addRow(buttons)


def _rich_label(text: str, title: str, *values: str) -> QLabel:
    """``text`` with ``title`` in bold in place of %1 (and ``values`` after it), escaped: a
    practice's title is content, not markup."""
    label = QLabel(fill(escape(text), f"<b>{escape(title)}</b>", *map(escape, values)))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _name_cancel(buttons: QDialogButtonBox) -> None:
    """Qt's own Cancel button: its text comes from Qt's translations; its name from ours."""
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setAccessibleName(translate("PracticeDialogs", "Cancel"))
