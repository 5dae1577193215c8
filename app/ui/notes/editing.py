"""The notes pane's editing part: the note editor, the session that saves what it holds, and
the conflict bar above it. Built on first use (a practice shown, a note opened), not before
the first paint: their code (Markdown preview, note fields, autosave) and some forty widgets
are not needed to show the window, and the editor's place shows a hint until then."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.ui.notes.conflict_bar import ConflictBar
    from app.ui.notes.editor import NoteEditor
    from app.ui.notes.pane import NotesPane
    from app.ui.notes.session import NoteSession


class Editing(NamedTuple):
    editor: NoteEditor
    session: NoteSession
    bar: ConflictBar


def build_editing(pane: NotesPane) -> Editing:
    """Build the part, put it in ``pane``'s editor place and connect it to ``pane``, with the
    regions and read-only state the pane holds."""
    from app.ui.notes.conflict_bar import ConflictBar
    from app.ui.notes.editor import NoteEditor
    from app.ui.notes.session import NoteSession

    editor = NoteEditor()
    editor.set_regions(pane.regions)
    editor.set_read_only(pane.read_only)
    session = NoteSession(editor, pane.catalogue, pane)
    bar = ConflictBar()
    pane.editor_place.insertWidget(0, bar)
    pane.editor_stack.addWidget(editor)
    session.saved.connect(pane.note_saved)
    session.conflicted.connect(pane.conflicted)
    bar.chosen.connect(pane.settle)
    bar.compareRequested.connect(pane.compare)
    editor.addRegionRequested.connect(pane.add_region)
    return Editing(editor, session, bar)
