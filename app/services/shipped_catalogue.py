"""Facts about the shipped catalogue file that start-up needs without SQLAlchemy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.paths import data_file

CATALOGUE_FILE = "catalogue.json"
DIGEST_KEY = "catalogue_digest"  # meta key: digest of the catalogue file last seeded


def catalogue_path() -> Path:
    return data_file(CATALOGUE_FILE)


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()
