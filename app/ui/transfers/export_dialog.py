"""File → Export… and File → Print to PDF…: what to write, and which part of the catalogue.

Formats: the exchange file (JSON, for another laptop or the coordinator), the notes as CSV
or XLSX (one row per note), or the PDF report. The selection is a region, a category, the
selected practice and/or a period of note dates; the default is everything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.services.notes.reader import NotesReader
from app.services.reports.selection import ReportSelection
from app.ui.common.settings_values import setting_text

FORMATS = {  # key: (label, suffix, file filter)
    "json": ("Exchange file for another laptop (JSON)", ".json", "Exchange files (*.json)"),
    "csv": ("Notes as a table (CSV)", ".csv", "CSV files (*.csv)"),
    "xlsx": ("Notes as a spreadsheet (XLSX)", ".xlsx", "Excel workbooks (*.xlsx)"),
    "pdf": ("Report to print or send (PDF)", ".pdf", "PDF documents (*.pdf)"),
}


class ExportDialog(QDialog):
    def __init__(
        self,
        reader: NotesReader,
        settings: QSettings,
        *,
        practice: tuple[str, str] | None,
        fmt: str = "json",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Print to PDF" if fmt == "pdf" else "Export")
        self.settings = settings
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key, (label, _suffix, _filter) in FORMATS.items():
            self.format.addItem(label, key)
        self.format.setCurrentIndex(self.format.findData(fmt))
        self.region = QComboBox()
        self.region.setObjectName("exportRegion")
        self.region.addItem("All regions", None)
        for region in reader.regions():
            self.region.addItem(region.label, region.id)
        self.category = QComboBox()
        self.category.setObjectName("exportCategory")
        self.category.addItem("All categories", None)
        for node in reader.categories():
            self.category.addItem(node.name, node.id)
        self.only_practice = QCheckBox(f"Only “{practice[1]}”" if practice else "Only one practice")
        self.only_practice.setObjectName("exportOnlyPractice")
        self.only_practice.setEnabled(practice is not None)
        self.practice_id = practice[0] if practice else None
        self.use_since, self.since = self._date_row("exportSince")
        self.use_until, self.until = self._date_row("exportUntil")
        self.until.setDate(QDate.currentDate())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton("Choose File…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("exportGo")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Format", self.format)
        form.addRow(QLabel("<b>Which part</b> (leave as is for everything)"))
        form.addRow("&Region", self.region)
        form.addRow("&Category", self.category)
        form.addRow("", self.only_practice)
        for text, check, edit in (
            ("Notes &from", self.use_since, self.since),
            ("Notes &until", self.use_until, self.until),
        ):
            caption = QLabel(text)
            caption.setBuddy(check)  # the mnemonic ticks the box; the date follows it
            form.addRow(caption, self._pair(check, edit))
        form.addRow(buttons)

    def _date_row(self, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox()
        check.setObjectName(f"{name}Enabled")
        edit = QDateEdit(QDate(2011, 1, 1))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    @staticmethod
    def _pair(check: QCheckBox, edit: QDateEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(edit, 1)
        return row

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def selection(self) -> ReportSelection:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            if not check.isChecked():
                return None
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return ReportSelection(
            region_id=self.region.currentData(),
            category_id=self.category.currentData(),
            practice_id=self.practice_id if self.only_practice.isChecked() else None,
            since=day(self.use_since, self.since),
            until=day(self.use_until, self.until),
        )

    def ask_target(self) -> Path | None:
        _label, suffix, file_filter = FORMATS[self.chosen_format]
        folder = setting_text(self.settings, "export/folder")
        name = f"practice-catalogue-{date.today().isoformat()}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export to", str(Path(folder) / name) if folder else name, file_filter
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.settings.setValue("export/folder", str(target.parent))
        return target
