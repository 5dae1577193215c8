"""The browse window, driven like a person drives it: typing, selecting, reading."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenuBar, QTextBrowser, QTreeView

from app.db.engine import Sessions
from app.domain.enums import NoteStatus, ServiceType
from app.ui.core.actions import ActionName
from app.ui.shell.main_window import MainWindow
from tests.factories import add_note, practice_id, update_practice
from tests.gui_helpers import click_link, filter_to, type_text, visible_practices

ALL_FIFTEEN = 15
# Counted texts ("%Ln practice(s)") take their English forms from the English catalogue; these
# patterns hold with it and without it.
ALL_SHOWN = re.compile(r"15 practice\S* in 6 categor\S*")


@pytest.fixture
def noted(sessions: Sessions) -> Sessions:
    add_note(
        sessions,
        "Help desk",
        "Tartu",
        status=NoteStatus.COMPLETED,
        body="Living Labs with R&D partners; études de cas.",
    )
    add_note(sessions, "Co-Location", "Namur", status=NoteStatus.PLANNED, body="Shared offices")
    update_practice(sessions, "Collective Booth", service_type=ServiceType.PARTNERSHIP)
    return sessions


def test_named_widgets_and_menus(window: MainWindow) -> None:
    for name, kind, accessible in (
        ("categoryTree", QTreeView, "Practices by category"),
        ("filterEdit", QLineEdit, "Filter practices"),
        ("practiceDetail", QTextBrowser, "Practice details"),
    ):
        widget = window.findChild(kind, name)
        assert widget is not None, name
        assert widget.accessibleName() == accessible
    menus = [action.text() for action in window.findChild(QMenuBar).actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert ALL_SHOWN.fullmatch(window.statusBar().findChild(object, "matchCount").text())
    assert len(visible_practices(window)) == ALL_FIFTEEN  # first start: all expanded


@pytest.mark.usefixtures("noted")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("croissance", {"Deal for growth"}),
        ("Croissance", {"Deal for growth"}),
        ("CROISSANCE", {"Deal for growth"}),
        ("tartu", {"Help desk"}),
        ("études", {"Help desk"}),  # accented input, typed key by key
        ("etudes", {"Help desk"}),  # unaccented input finds accented text
        ("desk", {"Help desk", "Information Desk for funding and financing"}),
        ('"contrat de croissance"', {"Deal for growth"}),
        ("desk -help", {"Information Desk for funding and financing"}),
        ("category:policy", {"Cluster Development Programme"}),
        ("region:namur", {"Co-Location"}),
        ("status:completed", {"Help desk"}),
        ("type:partner", {"Collective Booth"}),
        ("category:exp region:tartu", {"Help desk"}),
        ('"contrat de', {"Deal for growth"}),  # unclosed quote
        ("croissance nosuchfield:x", {"Deal for growth"}),
    ],
)
def test_filter_shows_matching_practices(
    qtbot, window: MainWindow, query: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, query)
    assert visible_practices(window) == expected
    status = window.status_label.text()
    assert re.match(rf"{len(expected)} of 15 practice\S* match", status)


@pytest.mark.usefixtures("noted")
def test_negation_alone_hides_only_what_it_names(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, "-category:expansion")
    shown = visible_practices(window)
    assert len(shown) == 9 and "Help desk" not in shown


def test_malformed_query_says_what_it_ignored(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, "booth colour:red")
    assert visible_practices(window) == {"Collective Booth"}
    assert "ignored: unknown field “colour:”" in window.status_label.text()


def test_no_match_shows_a_friendly_empty_state(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, "zzzqx")
    pane = window.catalogue
    assert pane.empty_state.isVisible() and not pane.tree.isVisible()
    assert "No practice matches “zzzqx”" in pane.empty_state.text()
    assert "Esc" in pane.empty_state.text()
    assert window.status_label.text() == "No practice matches"


def test_matching_categories_are_shown_with_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, "desk")
    model, tree = window.catalogue.model, window.catalogue.tree
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["Expansion  1 / 6", "Research and networking  1 / 4"]
    assert all(tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))


def test_escape_clears_and_restores_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tree = window.catalogue.tree
    tree.collapseAll()
    tree.expand(window.catalogue.model.category_index(_category(window, "Policy actions")))
    filter_to(qtbot, window, "desk")
    edit = window.catalogue.filter_edit
    with qtbot.waitSignal(window.catalogue.filterApplied):
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert visible_practices(window) == {"Cluster Development Programme"}  # as before
    assert ALL_SHOWN.fullmatch(window.status_label.text())


def test_ctrl_f_focuses_the_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.registry[ActionName.FIND]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.catalogue.tree.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.catalogue.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.catalogue.filter_edit.hasFocus()


def test_down_arrow_moves_from_filter_to_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    filter_to(qtbot, window, "croissance")
    qtbot.keyClick(window.catalogue.filter_edit, Qt.Key.Key_Down)
    tree = window.catalogue.tree
    assert tree.hasFocus()
    assert tree.currentIndex().data() == "Deal for growth — Contrat de croissance"
    assert "Contrat de croissance" in window.detail.toPlainText()


def test_detail_of_a_practice_without_texts(window: MainWindow) -> None:
    assert window.catalogue.select_practice(_practice(window, "Deal for growth"))
    text = window.detail.toPlainText()
    for expected in (
        "Deal for growth",
        "Contrat de croissance",
        "Expansion",
        "Service type",
        "Not known yet",
        "Not recorded yet",
        "15 Good Practices e-booklet",
        "No summary yet",
        "No description yet",
        "Not tested in any region yet",
    ):
        assert expected in text, expected


def test_detail_renders_markdown_and_field_tests(sessions: Sessions, make_window) -> None:  # type: ignore[no-untyped-def]
    update_practice(
        sessions,
        "Help desk",
        summary="One door for *every* question.",
        description="## How it works\n\n- a phone line\n- a **web form**\n",
    )
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED)
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.PLANNED)
    add_note(sessions, "Help desk", "Greece", status=NoteStatus.DROPPED)
    window = make_window()
    window.catalogue.select_practice(_practice(window, "Help desk"))
    text = window.detail.toPlainText()
    assert "How it works" in text and "web form" in text and "every question" in text
    assert "##" not in text and "**" not in text
    assert "No description yet" not in text and "No summary yet" not in text
    assert "Tartu (EE)" in text and "1 planned, 1 completed" in text
    assert "Greece (GR)" in text and "1 dropped" in text


def test_selecting_a_category_shows_its_practices(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.catalogue
    pane.tree.setCurrentIndex(
        pane.model.category_index(_category(window, "Research and networking"))
    )
    text = window.detail.toPlainText()
    assert "Research and networking" in text and re.search(r"\b4 practice", text)
    assert "No description yet" in text and "Mentorship program" in text
    click_link(qtbot, window.detail, "Mentorship program")
    assert pane.tree.currentIndex().data() == "Mentorship program"


def test_state_is_restored_on_next_start(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 540)  # within the offscreen screen (800×600): restore clamps to it
    size = (first.width(), first.height())
    pane = first.catalogue
    pane.tree.collapseAll()
    expansion = _category(first, "Expansion")
    pane.tree.expand(pane.model.category_index(expansion))
    pane.select_practice(_practice(first, "Co-Location"))
    first.splitter.setSizes([300, 600])
    left = first.splitter.sizes()[0]
    first.close()

    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == size
    assert abs(second.splitter.sizes()[0] - left) <= 16  # minimum widths may nudge it
    assert second.catalogue.expanded_category_ids() == [expansion]
    assert second.catalogue.tree.currentIndex().data() == "Co-Location"
    assert second.detail.toPlainText().startswith("Co-Location")


def _practice(window: MainWindow, title: str) -> str:
    with Sessions(window.database_path).read() as session:
        from sqlalchemy import select

        from app.domain.models import Practice

        return session.scalars(select(Practice.id).where(Practice.title == title)).one()


def _category(window: MainWindow, name: str) -> str:
    return next(node.id for node in window.reader.categories() if node.name == name)


def test_typing_accents_with_key_events(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    edit = window.catalogue.filter_edit
    edit.setFocus()
    type_text(edit, "Ünïcödé")
    assert edit.text() == "Ünïcödé"


def test_practice_id_helper_agrees(sessions: Sessions, window: MainWindow) -> None:
    assert _practice(window, "Web site") == practice_id(sessions, "Web site")


def test_build_main_window_takes_an_sqlalchemy_url(qtbot, db_path, settings) -> None:  # type: ignore[no-untyped-def]
    from app.ui import build_main_window

    window = build_main_window(f"sqlite:///{db_path}", settings=settings)
    qtbot.addWidget(window)
    assert window.database_path == db_path
    assert not window.isVisible()  # built, not shown
    assert window.catalogue.model.total_practices == 15
    window.close()


def test_selecting_after_a_reload_keeps_the_tree_laid_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An import or a restore reloads the tree, then selects a practice: every category row
    must still have a place in the view (they had none, and the tree looked empty)."""
    pid = practice_id(Sessions(window.database_path), "Help desk")
    window.reload_everything()
    assert window.catalogue.select_practice(pid)
    tree, model = window.catalogue.tree, window.catalogue.model
    qtbot.waitUntil(lambda: tree.visualRect(model.index(model.rowCount() - 1, 0)).height() > 0)
    heights = [tree.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())]
    assert all(height > 0 for height in heights)
    assert tree.visualRect(tree.currentIndex()).height() > 0
