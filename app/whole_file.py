"""Writing a file whole or not at all: the one place that does it (reports, exports, backups,
emergency copies of notes).

A regular file is written under an unguessable temporary name in its own folder (``mkstemp``:
created exclusively, mode 0600 from the first byte), flushed, ``fsync``'ed and checked (its size
against what was written, or a format's own check such as a PDF's ``%%EOF`` trailer), given its
final mode, and only then renamed over the target with ``os.replace``. On any failure the
temporary file is removed and the old file is left byte for byte. A symbolic link is followed:
the file it points to is replaced and the link kept. A device or a named pipe (``/dev/null``,
``/dev/full``, a FIFO) is written through, never replaced; other special files are refused.

A disk that fills (``ENOSPC``, ``EDQUOT``, ``EFBIG``) raises ``OSError`` whose ``strerror`` says
so in words and whose ``filename`` is the path the person named. Qt-free and below every layer,
so ``app.db`` (backups) and ``app.services`` use the same code.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, NamedTuple

PRIVATE = 0o600  # a file holding people's notes, when there is no database to take a mode from
PRIVATE_FOLDER = 0o700
Verify = Callable[[Path], None]

_FULL = {
    errno.ENOSPC: "the disk is full (no space left on device)",
    errno.EDQUOT: "the disk quota is used up (no space left for this user)",
    errno.EFBIG: "the file is larger than this system allows (no space for it)",
}


def mode_like(reference: Path | None) -> int:
    """The read/write permission bits of ``reference`` (the database), 0600 without one."""
    try:
        return stat.S_IMODE(os.stat(reference).st_mode) & 0o666 if reference else PRIVATE
    except OSError:
        return PRIVATE


def private_folder(folder: Path) -> Path:
    """Create ``folder`` and any missing parents as 0700; an existing folder is left as is."""
    missing = []
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for level in reversed(missing):
        with suppress(FileExistsError):  # another process made it meanwhile
            level.mkdir(mode=PRIVATE_FOLDER)
        with suppress(OSError):  # mkdir's mode passes through the umask; this does not
            os.chmod(level, PRIVATE_FOLDER)
    return folder


class Destination(NamedTuple):  # a named tuple: imported on the way to the first paint
    """Where the bytes for ``named`` go: ``real`` (symlinks resolved), written ``through``
    when it is a device or a pipe rather than replaced."""

    named: Path
    real: Path
    through: bool


def destination(target: Path) -> Destination:
    """Check ``target`` and say how to write it; refuses in words what cannot be written."""
    named = Path(target)
    try:
        info = os.stat(named)  # follows symbolic links
    except FileNotFoundError:
        info = None
    except OSError as error:
        _reraise(error, named)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(named))
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        return Destination(named, named, through=True)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OSError(
            errno.EINVAL, "is a special file (not a regular file); give a file", str(named)
        )
    real = Path(os.path.realpath(named)) if named.is_symlink() else named
    if not real.parent.is_dir():
        raise FileNotFoundError(
            errno.ENOENT, f"the folder '{real.parent}' does not exist", str(named)
        )
    return Destination(named, real, through=False)


@contextmanager
def whole_path(
    target: Path, *, mode: int = PRIVATE, verify: Verify | None = None
) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` for a writer that wants a file name (SQLite,
    Qt, openpyxl); when the block ends it is synced, ``verify``'d, and renamed over ``target``.

    ``verify(path)`` raises ``OSError`` when what reached the disk is not complete. A device or
    pipe cannot take a file name: it raises ``OSError`` (use ``whole_stream`` for those).
    """
    where = destination(target)
    if where.through:
        raise OSError(errno.EINVAL, "is a device or a pipe, not a file; give a file", str(target))
    partial = _temporary(where.real)
    try:
        yield partial
        _sync(partial)
        if verify is not None:
            verify(partial)
        _finish(partial, where.real, mode)
    except OSError as error:
        _reraise(error, where.named)
    finally:
        with suppress(OSError):  # never hide the error that got us here
            partial.unlink(missing_ok=True)


@contextmanager
def whole_stream(
    target: Path, *, mode: int = PRIVATE, verify: Verify | None = None
) -> Iterator[IO[bytes]]:
    """Yield a binary stream for ``target``: a temporary file replaced when the block ends
    (checked by size and ``verify``), or the device or pipe itself, written through.

    After its first failed write the stream swallows further writes, so a library that writes
    again while cleaning up (``ZipFile.__del__``) cannot print a second error.
    """
    where = destination(target)
    if where.through:
        with _through(where) as through:
            yield through  # type: ignore[misc]  # a RawIOBase is a binary IO
        return
    partial = _temporary(where.real)
    try:
        fd = os.open(partial, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        sink = _Sink(fd, where.named)
        try:
            yield sink  # type: ignore[misc]
            sink.settle()
            os.fsync(fd)
            if os.fstat(fd).st_size != sink.end:
                raise OSError(errno.EIO, "the file on disk is shorter than what was written")
        finally:
            sink.close()
        if verify is not None:
            verify(partial)
        _finish(partial, where.real, mode)
    except OSError as error:
        _reraise(error, where.named)
    finally:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


@contextmanager
def whole_text(target: Path, *, mode: int = PRIVATE, newline: str = "\n") -> Iterator[IO[str]]:
    """``whole_stream`` as UTF-8 text."""
    with whole_stream(target, mode=mode) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        try:
            yield text
            text.flush()
        finally:
            with suppress(Exception):  # the sink stays open: whole_stream closes it
                text.detach()


@contextmanager
def _through(where: Destination) -> Iterator[_Sink]:
    try:
        fd = os.open(where.real, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        _reraise(error, where.named)
    sink = _Sink(fd, where.named, seekable=False)
    try:
        yield sink
        sink.settle()
    except OSError as error:
        _reraise(error, where.named)
    finally:
        sink.close()


class _Sink(io.RawIOBase):
    """An unbuffered file descriptor that writes every byte or raises, counts how far it got,
    and goes quiet after its first error (the error itself is raised, and remembered)."""

    def __init__(self, fd: int, named: Path, *, seekable: bool = True) -> None:
        super().__init__()
        self.fd = fd
        self.named = named
        self.position = self.end = 0
        self.failed: OSError | None = None
        self._seekable = seekable

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        if self.failed is not None or self.fd < 0:
            return len(view)  # a discarded file: cleanup code may write on, quietly
        try:
            done = 0
            while done < len(view):
                done += os.write(self.fd, view[done:])
        except OSError as error:
            self.failed = _worded(error, self.named)
            raise self.failed from error
        self.position += done
        self.end = max(self.end, self.position)
        return done

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("a device or a pipe cannot seek")
        if self.failed is None and self.fd >= 0:
            self.position = os.lseek(self.fd, offset, whence)
        return self.position

    def flush(self) -> None:
        if self.failed is None and self.fd >= 0:
            super().flush()

    def settle(self) -> None:
        """Raise the remembered error, if a caller swallowed it."""
        if self.failed is not None:
            raise self.failed

    def close(self) -> None:
        if self.fd >= 0:
            fd, self.fd = self.fd, -1  # never write to a number the system may hand out again
            with suppress(OSError):
                os.close(fd)
        super().close()


def _temporary(real: Path) -> Path:
    import tempfile  # on the first write, not on the way to the first paint

    fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".partial", dir=real.parent)
    os.close(fd)
    return Path(name)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _finish(partial: Path, real: Path, mode: int) -> None:
    os.chmod(partial, mode)
    os.replace(partial, real)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX only)
        with suppress(OSError):
            folder = os.open(real.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def _worded(error: OSError, named: Path) -> OSError:
    """A full disk said in words, naming the file the person named; an error that names no
    file is given that one; any other error is returned as it is."""
    words = _FULL.get(error.errno or 0)
    if words is None and error.filename is not None:
        return error
    return OSError(error.errno, words or error.strerror or str(error), str(named))


def _reraise(error: OSError, named: Path) -> None:
    worded = _worded(error, named)
    if worded is error:
        raise error
    raise worded from error


def pdf_complete(path: Path) -> None:
    """A PDF ends with ``%%EOF``: one cut short by a full disk does not."""
    with open(path, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - 1024))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.EIO, "the PDF on disk is cut short: the disk may be full")


def zip_complete(path: Path) -> None:
    """An XLSX is a ZIP archive: its central directory, read back, lists every part."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            if not archive.namelist():
                raise OSError(errno.EIO, "the workbook on disk is empty")
    except zipfile.BadZipFile as error:
        raise OSError(errno.EIO, "the workbook on disk is incomplete") from error
