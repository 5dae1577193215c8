"""File → Export… and File → Print to PDF…: what to write, and which part of the catalogue.

Formats: the exchange file (JSON, for another laptop or the coordinator), the notes as CSV
or XLSX (one row per note), or the PDF report. The selection is a region, a category, the
selected practice and/or a period of note dates; the default is everything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
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
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

FORMATS = {  # key: (label, suffix, file filter); label and filter shown translated
    "json": (
        QT_TRANSLATE_NOOP("ExportDialog", "Exchange file for another laptop (JSON)"),
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "Exchange files (*.json)"),
    ),
    "csv": (
        QT_TRANSLATE_NOOP("ExportDialog", "Notes as a table (CSV)"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    "xlsx": (
        QT_TRANSLATE_NOOP("ExportDialog", "Notes as a spreadsheet (XLSX)"),
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
    ),
    "pdf": (
        QT_TRANSLATE_NOOP("ExportDialog", "Report to print or send (PDF)"),
        ".pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"),
    ),
}


def editable_date_format() -> str:
    """The locale's short date format with four-digit years: a two-digit year typed into a
    date field would land in the 1900s."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


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
        self.setWindowTitle(
            translate("ExportDialog", "Print to PDF")
            if fmt == "pdf"
            else translate("ExportDialog", "Export")
        )
        self.settings = settings
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(translate("ExportDialog", "Format"))
        self.format.setAccessibleDescription(
            translate("ExportDialog", "What to write: an exchange file, a table or a report")
        )
        for key, (label, _suffix, _filter) in FORMATS.items():
            self.format.addItem(translate("ExportDialog", label), key)
        self.format.setCurrentIndex(self.format.findData(fmt))
        self.region = QComboBox()
        self.region.setObjectName("exportRegion")
        self.region.setAccessibleName(translate("ExportDialog", "Region"))
        self.region.addItem(translate("ExportDialog", "All regions"), None)
        for region in reader.regions():
            self.region.addItem(region.label, region.id)
        self.category = QComboBox()
        self.category.setObjectName("exportCategory")
        self.category.setAccessibleName(translate("ExportDialog", "Category"))
        self.category.addItem(translate("ExportDialog", "All categories"), None)
        for node in reader.categories():
            self.category.addItem(node.name, node.id)
        self.only_practice = QCheckBox(
            fill(translate("ExportDialog", "Only “%1”"), practice[1])
            if practice
            else translate("ExportDialog", "Only one practice")
        )
        self.only_practice.setObjectName("exportOnlyPractice")
        self.only_practice.setAccessibleName(self.only_practice.text())
        self.only_practice.setAccessibleDescription(
            translate("ExportDialog", "Only the practice shown in the detail pane")
        )
        self.only_practice.setEnabled(practice is not None)
        self.practice_id = practice[0] if practice else None
        self.use_since, self.since = self._date_row("exportSince")
        self.use_until, self.until = self._date_row("exportUntil")
        self.until.setDate(QDate.currentDate())
        self._name_dates()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("ExportDialog", "Cancel"))
        self.go = buttons.addButton(
            translate("ExportDialog", "Choose File…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setObjectName("exportGo")
        self.go.setAccessibleName(translate("ExportDialog", "Choose the file to write"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout(self)
        for text, field in (
            (translate("ExportDialog", "&Format"), self.format),
            (
                None,
                QLabel(translate("ExportDialog", "<b>Which part</b> (leave as is for everything)")),
            ),
            (translate("ExportDialog", "&Region"), self.region),
            (translate("ExportDialog", "&Category"), self.category),
        ):
            if text is None:
                form.addRow(field)
                continue
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow("", self.only_practice)
        for text, check, edit in (
            (translate("ExportDialog", "Notes &from"), self.use_since, self.since),
            (translate("ExportDialog", "Notes &until"), self.use_until, self.until),
        ):
            caption = QLabel(text)
            caption.setBuddy(check)  # the mnemonic ticks the box; the date follows it
            form.addRow(caption, self._pair(check, edit))
        form.addRow(buttons)

    def _name_dates(self) -> None:
        """Names a screen reader says for the period's boxes and dates."""
        self.use_since.setAccessibleName(translate("ExportDialog", "Limit the notes' start date"))
        self.use_until.setAccessibleName(translate("ExportDialog", "Limit the notes' end date"))
        self.since.setAccessibleName(translate("ExportDialog", "Notes from"))
        self.until.setAccessibleName(translate("ExportDialog", "Notes until"))
        for edit in (self.since, self.until):
            edit.setAccessibleDescription(
                translate("ExportDialog", "Up and Down change the part of the date at the cursor")
            )

    def _date_row(self, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox()
        check.setObjectName(f"{name}Enabled")
        edit = QDateEdit(QDate(2011, 1, 1))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(editable_date_format())
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
            self,
            translate("ExportDialog", "Export to"),
            str(Path(folder) / name) if folder else name,
            translate("ExportDialog", file_filter),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.settings.setValue("export/folder", str(target.parent))
        return target
