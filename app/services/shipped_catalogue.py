"""Facts about the shipped catalogue file that start-up needs without SQLAlchemy."""

from __future__ import annotations

import zlib
from pathlib import Path

from app.paths import data_file

CATALOGUE_FILE = "catalogue.json"
DIGEST_KEY = "catalogue_digest"  # meta key: digest of the catalogue file last seeded


def catalogue_path() -> Path:
    return data_file(CATALOGUE_FILE)


def digest(raw: bytes) -> str:
    """The shipped file's fingerprint, compared at every start with the one last seeded.

    It tells a changed catalogue (a new release) from the same one, nothing more: the file
    ships inside the application, so CRC-32 and the length suffice, and ``zlib`` is already
    loaded by Qt's bindings where OpenSSL's ``hashlib`` cost a start ~3 ms. (A file seeded by
    an older version holds a SHA-256 here: it is seeded once more, which changes nothing.)
    """
    return f"crc32:{zlib.crc32(raw):08x}:{len(raw)}"
