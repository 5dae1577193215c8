"""What a feature is to the shell, and what the shell offers a feature.

A feature (browse, practice, notes, matrix, transfers, safety, sync) is a room: it creates its
widgets, connects its own actions from the registry, and offers ``install`` (once, with the
shell), ``reload`` (the file's data changed: an import, a restore, another program) and
``shutdown`` (stop its workers; safe to call twice). Features never reach into each other:
they emit signals or call ``Shell`` methods, and the main window mediates (calibre's
interface actions, Anki's operations).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from app.services.exchange.merge_plan import MergePlan
    from app.ui.core.actions import Actions
    from app.ui.core.open_catalogue import OpenCatalogue


class Shell(Protocol):
    """The main window as the features see it."""

    @property
    def dialog_parent(self) -> QMainWindow: ...
    @property
    def open_catalogue(self) -> OpenCatalogue: ...
    @property
    def registry(self) -> Actions: ...
    @property
    def settings(self) -> QSettings: ...

    def show_message(self, text: str, milliseconds: int = 6000) -> None: ...
    def when_idle(self, task: Callable[[], object]) -> None:
        """Run ``task`` (quick: it starts background work) after the first paint, when the
        person pauses; nothing runs after the window closed."""
        ...

    def flush_edits(self) -> bool:
        """Save what is being typed (notes, practice texts); False if a save failed."""
        ...

    def current_practice_id(self) -> str | None: ...
    def reload_everything(self) -> None: ...
    def after_import(self, plan: MergePlan) -> None: ...
    def export_matrix(self, target: Path) -> str:
        """The final catalogue's field-test matrix as a PNG, CSV or XLSX file."""
        ...


class Feature(Protocol):
    def install(self, shell: Shell) -> None: ...
    def reload(self) -> None: ...
    def shutdown(self) -> None: ...
