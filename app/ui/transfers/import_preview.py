"""Before an import writes anything: what it would add, update and leave, and its conflicts."""

from __future__ import annotations

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

_KINDS = {"notes": "note", "practices": "practice", "categories": "category", "regions": "region"}
_WORDS = {
    Action.NEW: "new",
    Action.UPDATED: "updated (newer in the file)",
    Action.CONFLICT: "conflict: changed on both sides, both versions kept",
}


class ImportPreview(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(f"Import {plan.source}")
        self.resize(720, 460)
        new, updated = plan.count(Action.NEW), plan.count(Action.UPDATED)
        unchanged, conflicts = plan.count(Action.UNCHANGED), plan.count(Action.CONFLICT)
        self.summary = QLabel(
            f"<p><b>{new} new, {updated} updated, {unchanged} unchanged,"
            f" {conflicts} conflict{'s' if conflicts != 1 else ''}.</b></p>"
            + "".join(f"<div>{line.strip()}</div>" for line in plan.summary())
            + (
                "<p>For each conflict the version edited last is shown and the other is kept"
                " as a copy: Edit → Conflicts lets you settle them.</p>"
                if conflicts
                else ""
            )
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("importChanges")
        self.list.setHeaderLabels(["What", "Kind", "Change"])
        self.list.setRootIsDecorated(False)
        for change in plan.changes:
            kind = _KINDS.get(change.kind, change.kind)
            action = _WORDS.get(change.action, change.action)
            self.list.addTopLevelItem(QTreeWidgetItem([change.label, kind, action]))
        for column in range(3):
            self.list.resizeColumnToContents(column)
        more = new + updated + conflicts - len(plan.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("importConfirm")
        self.confirm.setEnabled(new + updated + conflicts > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        if more > 0:
            layout.addWidget(QLabel(f"… and {more:,} more (the list shows the first {LISTED:,})."))
        if not self.confirm.isEnabled():
            layout.addWidget(QLabel("Everything in this file is already here: nothing to import."))
        layout.addWidget(buttons)
