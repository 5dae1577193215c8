"""A small dialog to add a partner region (name, country code, partner organisation)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services.dto import RegionInfo
from app.services.store import CatalogueStore


class RegionDialog(QDialog):
    def __init__(self, store: CatalogueStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionDialog")
        self.setWindowTitle("Add a region")
        self.store = store
        self.added: RegionInfo | None = None
        self.name = QLineEdit()
        self.name.setObjectName("regionName")
        self.country = QLineEdit()
        self.country.setObjectName("regionCountry")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("EE")
        self.partner = QLineEdit()
        self.partner.setObjectName("regionPartner")
        self.partner.setPlaceholderText("optional")
        self.problem = QLabel()
        self.problem.setObjectName("regionProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: darkred")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Name", self.name)
        form.addRow("&Country (ISO code)", self.country)
        form.addRow("&Partner organisation", self.partner)
        form.addRow(self.problem)
        form.addRow(buttons)

    def _add(self) -> None:
        from app.services.regions import RegionError

        try:
            self.added = self.store.add_region(
                self.name.text(), self.country.text(), self.partner.text()
            )
        except RegionError as error:
            self.problem.setText(str(error))
            return
        self.accept()
