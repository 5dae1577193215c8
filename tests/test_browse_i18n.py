"""The browse and practice rooms in words a person (and a screen reader) gets: translated and
counted texts, locale dates, accessible names, the keyboard route into the tree."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.db.engine import Sessions
from app.domain.enums import NoteStatus
from app.services.catalogue_reader import CatalogueReader
from app.services.notes.reader import NotesReader
from app.ui.browse.model import CatalogueTreeModel
from app.ui.common.roles import Role
from app.ui.core.actions import ActionName
from app.ui.practice.dialogs import MoveDialog, RenameDialog
from app.ui.shell.main_window import MainWindow
from build_scripts import translations
from tests.factories import add_note, add_practices, practice_id

# -- counted texts ---------------------------------------------------------------------------


def _english_forms(source: str) -> tuple[str, str]:
    """What the English catalogue will say: "%n practice(s)" → "%n practice", "%n practices"."""
    one = source.replace("y(ies)", "y").replace("(s)", "")
    many = source.replace("y(ies)", "ies").replace("(s)", "s")
    return one, many


@pytest.fixture
def english_plurals(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """An English translator made the way the release makes it (``build_scripts.translations``:
    lupdate's plural-only English catalogue, so a counted text it does not see as plural has no
    forms), the forms filled in, ``lrelease``."""
    translations.update(tmp_path, codes=["en"])
    ts, qm = translations.ts_file("en", tmp_path), translations.qm_file("en", tmp_path)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")  # English has two
        for form, text in zip(forms, _english_forms(message.findtext("source", "")), strict=True):
            form.text = text
    tree.write(ts, encoding="utf-8")
    translations.release(tmp_path, codes=["en"])
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def reader(db_path: Path) -> Iterator[CatalogueReader]:
    reader = CatalogueReader(db_path)
    yield reader
    reader.close()


def _category_reading(model: CatalogueTreeModel, name: str) -> str:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.NAME) == name:
            return str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    raise AssertionError(name)


def test_a_category_row_reads_its_name_and_count(
    qapp, reader: CatalogueReader, sessions: Sessions
) -> None:  # type: ignore[no-untyped-def]
    one = _category_reading(CatalogueTreeModel(reader), "Education and training")
    assert one.startswith("Education and training, ") and "1 practice" in one
    add_practices(sessions, "Education and training", 2, "Extra")
    three = _category_reading(CatalogueTreeModel(reader), "Education and training")
    assert three.startswith("Education and training, ") and "3 practice" in three


@pytest.mark.usefixtures("english_plurals")
def test_counted_texts_take_the_plural_forms_of_the_catalogue(
    reader: CatalogueReader, sessions: Sessions
) -> None:
    model = CatalogueTreeModel(reader)
    assert (
        _category_reading(model, "Education and training") == "Education and training, 1 practice"
    )
    add_practices(sessions, "Education and training", 2, "Extra")
    model.reload()
    assert _category_reading(model, "Education and training") == (
        "Education and training, 3 practices"
    )


@pytest.mark.usefixtures("english_plurals")
def test_status_bar_counts_read_as_english(window: MainWindow) -> None:
    window.catalogue.model.reload()
    assert window.catalogue.status_text() == "15 practices in 6 categories"


# -- dates in the person's language ----------------------------------------------------------


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("french")
def test_detail_shows_the_latest_test_date_as_the_language_writes_it(
    sessions: Sessions, make_window
) -> None:  # type: ignore[no-untyped-def]
    add_note(sessions, "Help desk", "Tartu", status=NoteStatus.COMPLETED, date=date(2026, 11, 28))
    window = make_window()
    assert window.catalogue.select_practice(practice_id(sessions, "Help desk"))
    text = window.detail.toPlainText()
    assert "latest 28/11/2026" in text
    assert "2026-11-28" not in text


# -- accessible names ------------------------------------------------------------------------

CONTRACT = {
    "filterEdit": "Filter practices",
    "categoryTree": "Practices by category",
    "practiceDetail": "Practice details",
}


def _in_combo_popup(widget: QWidget) -> bool:
    """The list a combo box pops up is Qt's own and is read as the combo's list."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    """Widgets under ``root`` a person can reach with Tab or click whose accessible name is
    missing or only the object name (what a screen reader would otherwise say)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _in_combo_popup(widget):
            continue
        name = widget.accessibleName()
        if not name.strip() or name == widget.objectName():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return found


def test_contracted_names(window: MainWindow) -> None:
    for object_name, accessible in CONTRACT.items():
        widget = window.findChild(QWidget, object_name)
        assert widget is not None and widget.accessibleName() == accessible
        assert widget.accessibleDescription()
    description = window.catalogue.filter_edit.accessibleDescription()
    assert all(word in description for word in ("titles", "texts", "notes", "accents"))


def test_every_control_of_the_rooms_has_a_name_in_words(
    window: MainWindow, sessions: Sessions
) -> None:
    window.registry[ActionName.EDIT_PRACTICE].setEnabled(True)
    assert window.catalogue.select_practice(practice_id(sessions, "Web site"))
    window.registry[ActionName.EDIT_PRACTICE].trigger()
    assert window.editing_practice
    for root in (window.catalogue, window.practice.widget, window.practice_editor):
        assert _unnamed(root) == []


def test_the_dialogs_name_their_fields(qtbot, db_path: Path, sessions: Sessions) -> None:  # type: ignore[no-untyped-def]
    notes = NotesReader(db_path)
    detail = notes.practice_detail(practice_id(sessions, "Web site"))
    assert detail is not None
    for dialog in (RenameDialog(detail), MoveDialog(detail, notes)):
        qtbot.addWidget(dialog)
        assert dialog.windowTitle()
        assert _unnamed(dialog) == []
    notes.close()


# -- the keyboard route ----------------------------------------------------------------------


def test_find_shortcut_then_down_lands_in_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tree, edit = window.catalogue.tree, window.catalogue.filter_edit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.waitUntil(tree.hasFocus)
    assert tree.currentIndex().isValid()
    assert str(tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole))


def test_editor_tab_order_follows_the_page(window: MainWindow, sessions: Sessions) -> None:
    """The conflict's buttons sit above the form: Tab reaches them before the fields (the
    widgets join the editor in the layout's order, which makes the chain)."""
    assert window.catalogue.select_practice(practice_id(sessions, "Web site"))
    window.registry[ActionName.EDIT_PRACTICE].trigger()
    editor = window.practice_editor
    assert _next_tab_stop(editor.move_button) is editor.keep_mine
    assert _next_tab_stop(editor.keep_theirs) is editor.service_type
    assert _next_tab_stop(editor.description) is editor.done


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget`` (labels in the chain are skipped, as Qt does)."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following
