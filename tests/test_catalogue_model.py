"""The category tree model: Qt's model contract, lazy rows, counts, filtering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.db.engine import Sessions
from app.services.catalogue_reader import CatalogueReader
from app.services.search.searcher import Searcher
from app.ui.browse.model import BATCH, CatalogueTreeModel
from app.ui.common.locale_format import number_text
from app.ui.common.roles import NodeKind, Role
from tests.factories import add_practices


@pytest.fixture
def reader(db_path: Path) -> Iterator[CatalogueReader]:
    reader = CatalogueReader(db_path)
    yield reader
    reader.close()


def expose_all(model: CatalogueTreeModel) -> None:
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        while model.canFetchMore(parent):
            model.fetchMore(parent)


def test_model_contract_unfiltered(qtmodeltester, reader: CatalogueReader) -> None:  # type: ignore[no-untyped-def]
    model = CatalogueTreeModel(reader)
    expose_all(model)
    qtmodeltester.check(model, force_py=False)


def test_model_contract_filtered(qtmodeltester, reader: CatalogueReader, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = CatalogueTreeModel(reader)
    searcher = Searcher(db_path)
    model.apply(searcher.search("desk"))
    expose_all(model)
    qtmodeltester.check(model, force_py=False)
    searcher.close()


def test_categories_show_counts(reader: CatalogueReader, db_path: Path) -> None:
    model = CatalogueTreeModel(reader)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [
        "Education and training  1",
        "Expansion  6",
        "Research and networking  4",
        "Commercial cooperation  1",
        "Innovation and technology  2",
        "Policy actions  1",
    ]
    searcher = Searcher(db_path)
    model.apply(searcher.search("desk"))
    searcher.close()
    shown = {model.index(row, 0).data(Role.NAME): model.index(row, 0).data() for row in range(2)}
    assert shown == {
        "Expansion": "Expansion  1 / 6",
        "Research and networking": "Research and networking  1 / 4",
    }
    assert model.rowCount() == 2  # categories without matches are hidden while filtering


def test_practice_rows_show_title_and_subtitle(reader: CatalogueReader) -> None:
    model = CatalogueTreeModel(reader)
    expansion = model.index(1, 0)
    model.fetchMore(expansion)
    texts = [model.index(row, 0, expansion).data() for row in range(model.rowCount(expansion))]
    assert "Deal for growth — Contrat de croissance" in texts
    index = model.index(texts.index("Co-Location"), 0, expansion)
    assert index.data(Role.KIND) == NodeKind.PRACTICE
    assert index.data(Role.NAME) == "Co-Location"
    assert index.parent() == expansion


def test_large_category_is_exposed_in_batches(reader: CatalogueReader, sessions: Sessions) -> None:
    ids = add_practices(sessions, "Policy actions", BATCH * 2 + 10, "Generated")
    model = CatalogueTreeModel(reader)
    policy = model.index(5, 0)
    assert model.rowCount(policy) == 0 and model.hasChildren(policy)
    assert model.canFetchMore(policy)
    model.fetchMore(policy)
    assert model.rowCount(policy) == BATCH + 1  # and a "… N more" row
    # Asking for a practice far down exposes rows up to it, no further than needed.
    index = model.practice_index(ids[-1])
    assert index.isValid() and index.data(Role.ID) == ids[-1]
    assert model.rowCount(policy) == index.row() + 1  # all shown: no "more" row left
    assert index.data(Qt.ItemDataRole.DisplayRole) == f"Generated {len(ids) - 1:05d}"


def test_unknown_practice_has_no_index(reader: CatalogueReader) -> None:
    model = CatalogueTreeModel(reader)
    assert model.practice_index("00000000-0000-0000-0000-000000000000") == QModelIndex()


def test_filtered_long_category_ends_with_a_more_row(
    qtmodeltester,
    reader: CatalogueReader,
    sessions: Sessions,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    add_practices(sessions, "Policy actions", 1200, "Generated")
    model = CatalogueTreeModel(reader)
    searcher = Searcher(db_path)
    model.apply(searcher.search("generated"))
    searcher.close()
    policy = model.index(0, 0)
    assert policy.data() == "Policy actions  1,200 / 1,201"  # English digit grouping
    model.fetchMore(policy)  # what a view does on expanding it
    first = model.rowCount(policy)
    assert first < 1200 + 1
    more = model.index(first - 1, 0, policy)
    assert more.data(Role.KIND) == NodeKind.MORE
    assert more.data() == f"… {number_text(1200 - (first - 1))} more (Enter to show)"
    qtmodeltester.check(model, force_py=False)
    while model.canFetchMore(policy):
        model.fetchMore(policy)
    assert model.rowCount(policy) == 1200
    last = model.index(1199, 0, policy)
    assert last.data(Role.KIND) == NodeKind.PRACTICE and last.data() == "Generated 01199"
    qtmodeltester.check(model, force_py=False)


def test_more_row_activation_in_a_view(
    qtbot, reader: CatalogueReader, sessions: Sessions, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTreeView

    add_practices(sessions, "Policy actions", 1200, "Generated")
    model = CatalogueTreeModel(reader)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    searcher = Searcher(db_path)
    model.apply(searcher.search("generated"))
    searcher.close()
    policy = model.index(0, 0)
    with qtbot.waitSignal(model.rowsInserted):  # the view fetches rows when it lays out
        view.expand(policy)
    rows = model.rowCount(policy)
    more = model.index(rows - 1, 0, policy)
    assert more.data(Role.KIND) == NodeKind.MORE
    view.setCurrentIndex(more)
    view.setFocus()
    with qtbot.waitSignal(view.activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert model.rowCount(policy) > rows
