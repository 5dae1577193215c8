"""Writing a report file whole or not at all: a partial file is renamed only when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


@contextmanager
def replaced_on_success(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left as it was, so a
    failed or cancelled report never leaves half a file (nor destroys the previous one).
    """
    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder; give a file name", str(target))
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "no such folder", str(target.parent))
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        with suppress(OSError):  # never hide the error that got us here
            partial.unlink(missing_ok=True)
