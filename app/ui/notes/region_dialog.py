"""A small dialog to add a partner region (name, country code, partner organisation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

translate = QCoreApplication.translate


class RegionDialog(QDialog):
    def __init__(self, store: CatalogueStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionDialog")
        self.setWindowTitle(translate("RegionDialog", "Add a region"))
        self.store = store
        self.added: RegionInfo | None = None
        self.name = QLineEdit()
        self.name.setObjectName("regionName")
        self.name.setAccessibleName(translate("RegionDialog", "Region name"))
        self.country = QLineEdit()
        self.country.setObjectName("regionCountry")
        self.country.setMaxLength(2)
        self.country.setAccessibleName(translate("RegionDialog", "Country code"))
        self.country.setAccessibleDescription(
            translate("RegionDialog", "The country's two-letter ISO code, e.g. EE for Estonia")
        )
        self.country.setPlaceholderText(
            translate("RegionDialog", "EE", "placeholder: an example two-letter country code")
        )
        self.partner = QLineEdit()
        self.partner.setObjectName("regionPartner")
        self.partner.setAccessibleName(translate("RegionDialog", "Partner organisation"))
        self.partner.setPlaceholderText(translate("RegionDialog", "optional"))
        self.problem = QLabel()
        self.problem.setObjectName("regionProblem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(translate("RegionDialog", "Problem"))
        self.problem.setStyleSheet("color: darkred")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        # addRow(text, field) makes the label the field's buddy: Alt+letter reaches it
        form.addRow(translate("RegionDialog", "&Name"), self.name)
        form.addRow(translate("RegionDialog", "&Country (ISO code)"), self.country)
        form.addRow(translate("RegionDialog", "&Partner organisation"), self.partner)
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
