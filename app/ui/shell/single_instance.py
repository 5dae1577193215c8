"""One window per database file per user: a second start hands over to the first one.

A lock file decides who is first (a lock left by a crashed process is taken over). The first
instance watches a "knock" file beside it; a later start appends a line to that file and
exits, and the first instance brings its window to the front. QtCore only: QtNetwork's local
sockets would add a library to the standalone build for this one purpose.

Both files live in a folder only this user can enter: the per-user runtime folder
(``XDG_RUNTIME_DIR``), else a folder of our own beside the user's data — never the shared
temporary folder, where another local user could plant a lock first (and no window would
ever open) or a symbolic link (and we would write through it). The knock file is opened
without following links, and both files are removed on release.
"""

from __future__ import annotations

import getpass
import os
import stat
from pathlib import Path

from PySide6.QtCore import (
    QCryptographicHash,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QStandardPaths,
    Signal,
)

from app.paths import user_dirs

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, where the folder is private anyway


def private_folder(path: Path) -> bool:
    """``path`` is a real folder (not a link), ours, that no one else may write or enter."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if os.name != "posix":
        return True
    return info.st_uid == os.getuid() and info.st_mode & 0o077 == 0


def runtime_folder() -> Path | None:
    """Where the lock and knock files go: a private folder, or None if none can be had."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime and private_folder(Path(runtime)):
        return Path(runtime)
    fallback = user_dirs().data / "instance"
    try:
        fallback.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and not fallback.is_symlink():
            os.chmod(fallback, 0o700)  # mkdir's mode is masked; an old folder may be wider
    except OSError:
        return None
    return fallback if private_folder(fallback) else None


def _base(database: Path, folder: Path) -> Path:
    key = f"{getpass.getuser()}:{database.resolve()}"
    sha256 = QCryptographicHash.hash(key.encode(), QCryptographicHash.Algorithm.Sha256)
    digest = bytes(sha256.toHex().data()).decode()[:20]  # Qt's: OpenSSL's costs a start 3 ms
    return folder / f"practice-catalogue-{digest}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(
        self, database: Path, parent: QObject | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder if folder is not None else runtime_folder()
        base = _base(database, self.folder or Path())
        self.knock_file = base.with_suffix(".knock")
        self.lock_file = base.with_suffix(".lock")
        self._lock = QLockFile(str(self.lock_file))
        self._lock.setStaleLockTime(0)  # stale as soon as its process is gone
        self._watcher: QFileSystemWatcher | None = None
        self._seen = 0

    def claim(self) -> bool:
        """True: we are the first instance and now listen (or cannot tell, and open a window
        anyway). False: the first instance was told to come forward."""
        if self.folder is None:
            return True  # no private folder: better two windows than none
        if self._lock.tryLock(0):
            if not self._create_knock_file():
                return True
            self._seen = 0
            self._watcher = QFileSystemWatcher([str(self.knock_file)], self)
            self._watcher.fileChanged.connect(self._knocked)
            return True
        try:  # no O_CREAT: a missing file means the first instance is not listening
            handle = os.open(self.knock_file, os.O_WRONLY | os.O_APPEND | _NOFOLLOW)
        except OSError:
            return True  # cannot reach the first instance: better two windows than none
        try:
            os.write(handle, f"{os.getpid()}\n".encode())
        finally:
            os.close(handle)
        return False

    def _create_knock_file(self) -> bool:
        """A new, empty knock file of ours; whatever had its name (a link) is removed."""
        try:
            self.knock_file.unlink(missing_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW
            os.close(os.open(self.knock_file, flags, 0o600))
        except OSError:
            return False
        return True

    def _knocked(self, _path: str) -> None:
        try:
            size = self.knock_file.stat().st_size
        except OSError:
            return
        if self._watcher is not None and str(self.knock_file) not in self._watcher.files():
            self._watcher.addPath(str(self.knock_file))  # re-arm after replace-style writes
        if size > self._seen:
            self._seen = size
            self.activated.emit()

    def release(self) -> None:
        """Stop listening and remove both files (only if they are ours)."""
        if self._watcher is None and not self._lock.isLocked():
            return
        self._watcher = None
        self.knock_file.unlink(missing_ok=True)
        self._lock.unlock()  # removes the lock file
