"""SHA-256 hex digests without loading OpenSSL: ``hashlib`` loads its OpenSSL module (about
3 ms) on import, and start-up needs two small digests (the shipped catalogue's, the
single-instance lock's name). CPython's own implementation gives the same digests.
Outside the layers, like ``app.paths``: the services and the window both use it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _constructor() -> Callable[[bytes], Any]:
    import importlib

    for module, name in (("_sha256", "sha256"), ("_sha2", "sha256")):  # 3.11, then 3.12+
        try:
            return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


_sha256 = _constructor()


def sha256_hex(data: bytes) -> str:
    return str(_sha256(data).hexdigest())
