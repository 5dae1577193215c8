"""The note editor's form: fields in, ``NoteFields`` out, problems shown beside each field.

A pure widget: it knows nothing of saving. ``NoteSession`` watches ``edited`` and saves.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import NoteStatus
from app.services.dto import RegionInfo
from app.services.notes.fields import FieldError, NoteFields
from app.ui.common.markdown import PREPARING, build_page, markdown_html, renders_quickly
from app.ui.common.safe_browser import SafeTextBrowser
from app.ui.common.status import status_text
from app.ui.notes.field_words import error_text
from app.ui.notes.score_texts import (
    SCORE_ACCESSIBLE_NAMES,
    SCORE_DESCRIPTIONS,
    SCORE_LABELS,
    SCORE_NAMES,
)

translate = QCoreApplication.translate

ADD_REGION = "__add_region__"


def _named(widget: QWidget, object_name: str, name: str, description: str = "") -> QWidget:
    """``name`` is what a screen reader says; ``description`` also shows as the tooltip."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class NoteEditor(QWidget):
    edited = Signal()
    addRegionRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _named(
            self,
            "noteEditor",
            translate("NoteEditor", "Note editor"),
            translate("NoteEditor", "The selected test note"),
        )
        self._loading = False
        self.read_only = False
        self.region = QComboBox()
        _named(
            self.region,
            "noteRegion",
            translate("NoteEditor", "Region"),
            translate("NoteEditor", "Region where the practice was tested"),
        )
        self.date = QLineEdit()
        _named(
            self.date,
            "noteDate",
            translate("NoteEditor", "Date"),
            translate("NoteEditor", "Date of the test, e.g. 2012-03-01 or 1.3.2012"),
        )
        self.date.setPlaceholderText(
            translate("NoteEditor", "YYYY-MM-DD", "placeholder: the ISO date format")
        )
        self.status = QComboBox()
        _named(
            self.status,
            "noteStatus",
            translate("NoteEditor", "Status"),
            translate("NoteEditor", "How far the test got"),
        )
        for status in NoteStatus:
            self.status.addItem(status_text(status.value), status.value)
        self.author = QLineEdit()
        _named(
            self.author,
            "noteAuthor",
            translate("NoteEditor", "Author"),
            translate("NoteEditor", "Who wrote the note"),
        )
        self.outcome = QLineEdit()
        _named(
            self.outcome,
            "noteOutcome",
            translate("NoteEditor", "Outcome"),
            translate("NoteEditor", "The outcome of the test, in one line"),
        )
        self.outcome.setPlaceholderText(translate("NoteEditor", "The outcome, in one line"))
        self.scores: dict[str, QLineEdit] = {}
        for name in SCORE_LABELS:
            edit = QLineEdit()
            _named(
                edit,
                SCORE_NAMES[name],
                translate("NoteScores", SCORE_ACCESSIBLE_NAMES[name]),
                translate("NoteScores", SCORE_DESCRIPTIONS[name]),
            )
            edit.setPlaceholderText("–")  # a dash, not a text: nothing to translate
            edit.setMaxLength(3)
            edit.setFixedWidth(44)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scores[name] = edit
        self.body = QPlainTextEdit()
        _named(
            self.body,
            "noteBody",
            translate("NoteEditor", "Note text"),
            translate(
                "NoteEditor", "The note itself, in Markdown. Tab moves on to the next field."
            ),
        )
        self.body.setPlaceholderText(
            translate(
                "NoteEditor",
                "What happened? Markdown works: # heading, *emphasis*, - lists, | tables |",
            )
        )
        self.body.setTabChangesFocus(True)
        self.preview = SafeTextBrowser()
        _named(
            self.preview,
            "notePreview",
            translate("NoteEditor", "Note preview"),
            translate("NoteEditor", "The note as it will read"),
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("noteBodyTabs")
        self.tabs.setAccessibleName(translate("NoteEditor", "Note text and preview"))
        self.tabs.addTab(self.body, translate("NoteEditor", "&Text"))
        self.tabs.addTab(self.preview, translate("NoteEditor", "Pre&view"))
        self.tabs.tabBar().setAccessibleName(translate("NoteEditor", "Text or preview"))
        self.tabs.tabBar().setAccessibleDescription(
            translate("NoteEditor", "Write the note as text, or read it as it will print")
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.errors: dict[str, QLabel] = {}
        self.save_state = QLabel()
        self.save_state.setObjectName("noteSaveState")
        self.save_state.setAccessibleName(translate("NoteEditor", "Save state"))
        self._layout()
        self._connect()
        self.set_regions([])

    # -- layout --------------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setWordWrap(True)
        label.setVisible(False)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        label.setPalette(palette)
        self.errors[field] = label
        return label

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        rows: list[tuple[str, QWidget, str, str, QWidget, str]] = [
            (
                translate("NoteEditor", "&Region"),
                self.region,
                "region_id",
                translate("NoteEditor", "&Date"),
                self.date,
                "date_text",
            ),
            (
                translate("NoteEditor", "&Status"),
                self.status,
                "status",
                translate("NoteEditor", "A&uthor"),
                self.author,
                "author",
            ),
        ]
        row = 0
        for left, left_widget, left_field, right, right_widget, right_field in rows:
            for column, (text, widget) in enumerate(((left, left_widget), (right, right_widget))):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
            grid.addWidget(self._error_label(left_field), row + 1, 1)
            grid.addWidget(self._error_label(right_field), row + 1, 3)
            row += 2
        outcome_label = QLabel(translate("NoteEditor", "&Outcome"))
        outcome_label.setBuddy(self.outcome)
        grid.addWidget(outcome_label, row, 0)
        grid.addWidget(self.outcome, row, 1, 1, 3)
        grid.addWidget(self._error_label("outcome"), row + 1, 1, 1, 3)
        row += 2
        scores = QHBoxLayout()
        scores.setSpacing(6)
        for name, label_text in SCORE_LABELS.items():
            label = QLabel(translate("NoteScores", label_text))
            label.setBuddy(self.scores[name])
            label.setToolTip(self.scores[name].toolTip())
            scores.addWidget(label)
            scores.addWidget(self.scores[name])
            scores.addSpacing(8)
        scores.addStretch(1)
        value_label = QLabel(translate("NoteEditor", "Added value"))
        value_label.setToolTip(
            translate(
                "NoteEditor",
                "Added value of the practice, 0 to 5, as scored in the selection method: for"
                " cluster initiatives, for development agencies, for enterprises."
                " Empty: not scored.",
            )
        )
        grid.addWidget(value_label, row, 0)
        grid.addLayout(scores, row, 1, 1, 3)
        row += 1
        error_box = QVBoxLayout()
        error_box.setSpacing(0)
        for name in SCORE_LABELS:
            error_box.addWidget(self._error_label(name))
        grid.addLayout(error_box, row, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        small = QFont(self.save_state.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        self.save_state.setFont(small)
        layout.addWidget(self.save_state)
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them; Text / Preview after the text, not
        before it."""
        return [
            self.region,
            self.date,
            self.status,
            self.author,
            self.outcome,
            *self.scores.values(),
            self.body,
            self.tabs.tabBar(),
        ]

    def _connect(self) -> None:
        for line in (self.date, self.author, self.outcome, *self.scores.values()):
            line.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.region.activated.connect(self._region_chosen)

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.date, self.author, self.outcome, *self.scores.values()):
            line.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.region.setEnabled(not read_only)
        self.status.setEnabled(not read_only)
        self.read_only = read_only

    # -- regions -------------------------------------------------------------------------

    def set_regions(self, regions: list[RegionInfo]) -> None:
        current = self.region.currentData()
        self._loading, loading = True, self._loading
        try:
            self.region.clear()
            self.region.addItem(translate("NoteEditor", "Choose a region…"), None)
            for region in regions:
                self.region.addItem(region.label, region.id)
            self.region.insertSeparator(self.region.count())
            self.region.addItem(translate("NoteEditor", "Add a region…"), ADD_REGION)
            self._select_region(current)
        finally:
            self._loading = loading

    def _select_region(self, region_id: str | None) -> None:
        index = self.region.findData(region_id) if region_id else 0
        self.region.setCurrentIndex(max(index, 0))

    def _region_chosen(self, index: int) -> None:
        if self.region.itemData(index) == ADD_REGION:
            self.region.setCurrentIndex(0)
            self.addRegionRequested.emit()
            return
        self._changed()

    def choose_region(self, region_id: str) -> None:
        """Select a region by id as if the person had (after adding one)."""
        self._select_region(region_id)
        self._changed()

    # -- contents ------------------------------------------------------------------------

    def fields(self) -> NoteFields:
        return NoteFields(
            region_id=self.region.currentData()
            if self.region.currentData() != ADD_REGION
            else None,
            date_text=self.date.text(),
            status=self.status.currentData(),
            author=self.author.text(),
            outcome=self.outcome.text(),
            body=self.body.toPlainText(),
            **{name: edit.text() for name, edit in self.scores.items()},
        )

    def load(self, fields: NoteFields) -> None:
        """Show ``fields`` without counting it as an edit."""
        self._loading = True
        try:
            self._select_region(fields.region_id)
            self.date.setText(fields.date_text)
            self.status.setCurrentIndex(max(self.status.findData(fields.status), 0))
            self.author.setText(fields.author)
            self.outcome.setText(fields.outcome)
            for name, edit in self.scores.items():
                edit.setText(getattr(fields, name))
            for line in (self.date, self.author, self.outcome):
                line.setCursorPosition(0)  # show the start of a long value, not its end
            if self.body.toPlainText() != fields.body:
                self.body.setPlainText(fields.body)
            self.show_errors(())
            if self.tabs.currentWidget() is self.preview:
                self._render_preview()
        finally:
            self._loading = False

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        by_field = {error.field: error_text(error) for error in errors}
        for field, label in self.errors.items():
            message = by_field.get(field, "")
            label.setText(message)
            label.setVisible(bool(message))

    def _changed(self) -> None:
        if not self._loading and not self.read_only:
            self.edited.emit()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.preview:
            self._render_preview()

    def _render_preview(self) -> None:
        text = self.body.toPlainText()
        if not text.strip():
            empty = translate("NoteEditor", "Nothing written yet")
            self.preview.show_html(f'<p style="color:#6b6b6b"><i>{escape(empty)}</i></p>')
        elif renders_quickly(text):
            self.preview.show_html(markdown_html(text))
        else:  # a long note is rendered on the worker thread: typing never waits for it
            now = f'<p style="color:#6b6b6b"><i>{escape(PREPARING)}</i></p>'
            build = lambda margin, font: build_page(lambda render: render(text), margin, font)  # noqa: E731
            self.preview.show_later(build, now)
