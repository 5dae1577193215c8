"""Writing a report file whole or not at all, for writers that want a file name.

A thin name over ``app.whole_file.whole_path`` (kept because several report writers use it):
the temporary file is created in the target's folder under an unguessable name, synced,
checked, and renamed over the target only when complete. Reports are files a person asked
for at a place they chose: they are created 0600 (only their owner can read them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.whole_file import PRIVATE, Verify, whole_path


@contextmanager
def replaced_on_success(
    target: Path, *, mode: int = PRIVATE, verify: Verify | None = None
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left as it was, so a
    failed or cancelled report never leaves half a file (nor destroys the previous one).
    ``verify(path)`` may raise ``OSError`` when what reached the disk is incomplete.
    """
    with whole_path(Path(target), mode=mode, verify=verify) as partial:
        yield partial
