"""Remembering the window between runs: geometry, splitter, expanded categories, selection."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from app.ui.browse.pane import CataloguePane
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


def _strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value]  # type: ignore[attr-defined]


def _share(splitter: QSplitter, default: tuple[int, int]) -> None:
    """Split in the default proportion now and again once the window has its real size
    (sizes set before the first layout are lost)."""
    splitter.setSizes(list(default))

    def again() -> None:
        total = sum(splitter.sizes())
        if total > 0:
            splitter.setSizes([total * part // sum(default) for part in default])

    QTimer.singleShot(0, again)


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
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    main_state = settings.value("window/state")
    if isinstance(main_state, QByteArray):
        window.restoreState(main_state)
    for key, splitter, default in (
        ("window/splitter", state.splitter, DEFAULT_SPLIT),
        ("window/detailSplitter", state.detail_splitter, DEFAULT_DETAIL_SPLIT),
        ("window/notesSplitter", state.notes.splitter, DEFAULT_NOTES_SPLIT),
    ):
        saved = settings.value(key)
        if not (isinstance(saved, QByteArray) and splitter.restoreState(saved)):
            _share(splitter, default)
    pane = state.catalogue
    if settings.contains("tree/expanded"):
        pane.expand_categories(_strings(settings.value("tree/expanded")))
    elif pane.model.total_practices <= EXPAND_ALL_UP_TO:
        pane.tree.expandAll()
    selected = settings.value("tree/selected")
    if isinstance(selected, str) and selected and not pane.select_practice(selected):
        index = pane.model.category_index(selected)
        if index.isValid():
            pane.tree.setCurrentIndex(index)
