"""Before an import writes anything: what it would add, update and leave, and its conflicts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange.merge import LISTED, Action, MergePlan
from app.ui.common.locale_format import number_text
from app.ui.common.translation import QT_TRANSLATE_NOOP, fill

translate = QCoreApplication.translate

_KINDS = {  # shown translated (context "ImportPreview")
    "notes": QT_TRANSLATE_NOOP("ImportPreview", "note"),
    "practices": QT_TRANSLATE_NOOP("ImportPreview", "practice"),
    "categories": QT_TRANSLATE_NOOP("ImportPreview", "category"),
    "regions": QT_TRANSLATE_NOOP("ImportPreview", "region"),
}
_WORDS = {
    Action.NEW: QT_TRANSLATE_NOOP("ImportPreview", "new"),
    Action.UPDATED: QT_TRANSLATE_NOOP("ImportPreview", "updated (newer in the file)"),
    Action.CONFLICT: QT_TRANSLATE_NOOP(
        "ImportPreview", "conflict: changed on both sides, both versions kept"
    ),
}


class ImportPreview(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(fill(translate("ImportPreview", "Import %1"), plan.source))
        self.resize(720, 460)
        new, updated = plan.count(Action.NEW), plan.count(Action.UPDATED)
        unchanged, conflicts = plan.count(Action.UNCHANGED), plan.count(Action.CONFLICT)
        self.summary = QLabel(self._summary(plan, new, updated, unchanged, conflicts))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("importChanges")
        self.list.setAccessibleName(translate("ImportPreview", "Changes the import would make"))
        self.list.setHeaderLabels(
            [
                translate("ImportPreview", "What"),
                translate("ImportPreview", "Kind"),
                translate("ImportPreview", "Change"),
            ]
        )
        self.list.setRootIsDecorated(False)
        for change in plan.changes:
            kind = _KINDS.get(change.kind)
            action = _WORDS.get(change.action)
            self.list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        change.label,
                        translate("ImportPreview", kind) if kind else change.kind,
                        translate("ImportPreview", action) if action else str(change.action),
                    ]
                )
            )
        for column in range(3):
            self.list.resizeColumnToContents(column)
        more = new + updated + conflicts - len(plan.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("ImportPreview", "Cancel: import nothing"))
        self.confirm = buttons.addButton(
            translate("ImportPreview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("importConfirm")
        self.confirm.setAccessibleName(translate("ImportPreview", "Import these changes"))
        self.confirm.setEnabled(new + updated + conflicts > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        if more > 0:
            text = translate("ImportPreview", "… and %1 more (the list shows the first %2).")
            layout.addWidget(QLabel(fill(text, number_text(more), number_text(LISTED))))
        if not self.confirm.isEnabled():
            layout.addWidget(
                QLabel(
                    translate(
                        "ImportPreview",
                        "Everything in this file is already here: nothing to import.",
                    )
                )
            )
        layout.addWidget(buttons)

    @staticmethod
    def _summary(plan: MergePlan, new: int, updated: int, unchanged: int, conflicts: int) -> str:
        """The counts in one sentence, the plan's own lines (as the service words them) and,
        with conflicts, what happens to them."""
        counts = translate(
            "ImportPreview", "%1 new, %2 updated, %3 unchanged, %n conflict(s).", None, conflicts
        )
        explained = translate(
            "ImportPreview",
            "For each conflict the version edited last is shown and the other is kept"
            " as a copy: Edit → Conflicts lets you settle them.",
        )
        return (
            f"<p><b>{escape(fill(counts, *map(number_text, (new, updated, unchanged))))}</b></p>"
            + "".join(f"<div>{line.strip()}</div>" for line in plan.summary())
            + (f"<p>{escape(explained)}</p>" if conflicts else "")
        )
