"""Remembering the window between runs: geometry, splitter, expanded categories, selection.

What is read back may be damaged or hostile (``app.ui.common.settings_values``): anything
of the wrong type or size gives way to the defaults."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from app.ui.browse.pane import CataloguePane
from app.ui.common.settings_values import setting_bytes, setting_text, setting_texts
from app.ui.notes.pane import NotesPane

DEFAULT_SIZE = (1180, 760)
DEFAULT_SPLIT = (340, 840)
DEFAULT_DETAIL_SPLIT = (270, 430)
DEFAULT_NOTES_SPLIT = (400, 440)
EXPAND_ALL_UP_TO = 500  # first start: a small catalogue opens fully expanded


class StatefulWindow(Protocol):
    settings: QSettings
    splitter: QSplitter
    detail_splitter: QSplitter
    catalogue: CataloguePane
    notes: NotesPane


def _share(splitter: QSplitter, default: tuple[int, int]) -> None:
    """Split in the default proportion now and again once the window has its real size
    (sizes set before the first layout are lost)."""
    splitter.setSizes(list(default))

    def again() -> None:
        total = sum(splitter.sizes())
        if total > 0:
            splitter.setSizes([total * part // sum(default) for part in default])

    QTimer.singleShot(0, again)


def _sane(splitter: QSplitter) -> bool:
    """Restored sizes a person could have dragged: none negative, none absurd."""
    return all(0 <= size <= 100_000 for size in splitter.sizes())


def save_state(window: QMainWindow, state: StatefulWindow) -> None:
    settings = state.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", state.splitter.saveState())
    settings.setValue("window/detailSplitter", state.detail_splitter.saveState())
    settings.setValue("window/notesSplitter", state.notes.splitter.saveState())
    settings.setValue("tree/expanded", state.catalogue.expanded_category_ids())
    settings.setValue("tree/selected", state.catalogue.selected_id() or "")
    settings.sync()


def restore_state(window: QMainWindow, state: StatefulWindow) -> None:
    settings = state.settings
    geometry = setting_bytes(settings, "window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    main_state = setting_bytes(settings, "window/state")
    if main_state is not None:
        window.restoreState(main_state)
    for key, splitter, default in (
        ("window/splitter", state.splitter, DEFAULT_SPLIT),
        ("window/detailSplitter", state.detail_splitter, DEFAULT_DETAIL_SPLIT),
        ("window/notesSplitter", state.notes.splitter, DEFAULT_NOTES_SPLIT),
    ):
        saved = setting_bytes(settings, key)
        if saved is None or not splitter.restoreState(saved) or not _sane(splitter):
            _share(splitter, default)
    pane = state.catalogue
    expanded = setting_texts(settings, "tree/expanded")
    if expanded is not None:
        pane.expand_categories(expanded)
    elif pane.model.total_practices <= EXPAND_ALL_UP_TO:
        pane.tree.expandAll()
    selected = setting_text(settings, "tree/selected", limit=100)
    if selected and not pane.select_practice(selected):
        index = pane.model.category_index(selected)
        if index.isValid():
            pane.tree.setCurrentIndex(index)
