"""The shape every list of records takes (trash, backups, unsaved notes, conflicts): a
sentence on top, the list, action buttons and Close (Qt's own button, in Qt's words)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Role = QDialogButtonBox.ButtonRole


class ListDialog(QDialog):
    def __init__(
        self,
        name: str,
        title: str,
        headers: Sequence[str],
        size: tuple[int, int],
        parent: QWidget | None = None,
        *,
        several: bool = False,
    ) -> None:
        """``name``: the objectNames are ``{name}Dialog`` and ``{name}List``. ``title`` and
        ``headers`` are translated texts; the list is read out by ``title`` until the dialog
        names it better."""
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.resize(*size)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)  # a dialog may name its list better
        self.list.setHeaderLabels(list(headers))
        self.list.setRootIsDecorated(False)
        mode = QAbstractItemView.SelectionMode
        self.list.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def add_button(
        self, text: str, name: str, slot: Callable[[], object], role: Role = Role.ActionRole
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addButton(button, role)
        return button

    def add_row(self, texts: Sequence[str], data: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(texts))
        item.setData(0, Qt.ItemDataRole.UserRole, data)
        self.list.addTopLevelItem(item)
        return item

    def selected_data(self) -> list[Any]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def current_data(self) -> Any:
        item = self.list.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def fit(self, columns: int) -> None:
        for column in range(columns):
            self.list.resizeColumnToContents(column)
        if self.list.topLevelItemCount() and self.list.currentItem() is None:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]
