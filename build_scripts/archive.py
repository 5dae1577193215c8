"""Pack a build for distribution: .tar.gz on Linux, .zip on Windows and macOS.

Both keep symbolic links as links (the Linux bundle links libraries into _internal/, macOS
Qt frameworks are made of links) and the executable bits. Entries are sorted and owners are
cleared so that two builds of the same files give the same archive listing.
"""

from __future__ import annotations

import gzip
import os
import stat
import sys
import tarfile
import zipfile
from pathlib import Path


def make_archive(built: Path, stem: Path) -> Path:
    """Archive ``built`` (a folder or one file) under its own name; returns the archive."""
    paths = [built, *sorted(built.rglob("*"))] if built.is_dir() else [built]
    if sys.platform.startswith("linux"):
        target = stem.with_name(stem.name + ".tar.gz")
        _write_tar(paths, built.parent, target)
    else:
        target = stem.with_name(stem.name + ".zip")
        _write_zip(paths, built.parent, target)
    return target


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _write_tar(paths: list[Path], base: Path, target: Path) -> None:
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in paths:
            tar.add(path, arcname=path.relative_to(base).as_posix(), recursive=False,
                    filter=_anonymous)  # fmt: skip


def _write_zip(paths: list[Path], base: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in paths:
            name = path.relative_to(base).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.create_system = 3  # Unix: unzip and Archive Utility restore the link
                info.external_attr = (stat.S_IFLNK | 0o755) << 16
                archive.writestr(info, os.readlink(path))
            else:
                archive.write(path, name)  # keeps the mode bits, streams large files
