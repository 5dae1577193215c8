"""The matrix room: View → Field-Test Matrix, a window built the first time it is opened,
following the main window's filter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.ui.core.actions import ActionName

if TYPE_CHECKING:
    from app.services.search.searcher import SearchResult
    from app.ui.core.feature import Shell
    from app.ui.matrix.window import MatrixWindow


class MatrixFeature(QObject):
    openNotes = Signal(str, str)  # noqa: N815 - practice id, region id ("" for every region)
    selectionToggled = Signal(str, bool, int)  # noqa: N815 - practice id, selected, revision
    filterWanted = Signal()  # noqa: N815 - the window opened: send it the current filter

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        self.window: MatrixWindow | None = None
        self._stopped = False

    def install(self, shell: Shell) -> None:
        shell.registry[ActionName.MATRIX].triggered.connect(self.open)

    def open(self) -> None:
        from app.ui.matrix.window import MatrixWindow

        if self._stopped:
            return
        if self.window is None:
            catalogue = self._shell.open_catalogue
            self.window = MatrixWindow(
                catalogue.path,
                catalogue.store,
                self._shell.dialog_parent,
                reader=catalogue.matrix_reader,
            )
            self.window.openNotes.connect(self.openNotes)
            self.window.selectionToggled.connect(self.selectionToggled)
        self.filterWanted.emit()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def apply(self, result: SearchResult | None) -> None:
        """Follow the main window's filter (only once the window exists)."""
        if self.window is not None:
            self.window.apply(result)

    def selection_changed(self, practice_id: str, selected: bool, revision: int) -> None:
        if self.window is not None:
            self.window.selection_changed(practice_id, selected, revision)

    def export_selected(self, target: Path) -> str:
        """The selected practices' matrix to ``target`` (by its suffix); says what was written."""
        from app.ui.matrix.file_export import export_to

        reader = self._shell.open_catalogue.matrix_reader
        return export_to(reader, reader.selected_keys(), target, selected_only=True)

    def reload(self) -> None:
        if self.window is not None:
            self.window.refresh()

    def shutdown(self) -> None:
        self._stopped = True
        if self.window is not None:
            self.window.shutdown()
