"""Regional test notes: the list of one practice's notes, the editor and the session that saves
what is typed, conflicts, unsaved drafts, the trash and the region dialog.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
