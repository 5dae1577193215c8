"""Where copies of unsaved notes go when the database refuses a write (a full disk): a folder
of the user's data, read back as drafts at the next start. Its own module so that looking
there at start-up does not import the note editor."""

from __future__ import annotations

from pathlib import Path


def emergency_folder() -> Path:
    from app.paths import user_dirs

    return user_dirs().data / "unsaved"
