"""SHA-256 hex digests without loading OpenSSL: ``hashlib`` loads its OpenSSL module (about
3 ms) on import, and start-up needs two small digests (the shipped catalogue's, the
single-instance lock's name). CPython's own implementation gives the same digests.
Outside the layers, like ``app.paths``: the services and the window both use it."""

from __future__ import annotations

try:
    from _sha256 import sha256  # CPython 3.11's own
except ImportError:  # pragma: no cover - 3.12 renamed it; other interpreters: hashlib
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,unused-ignore]


def sha256_hex(data: bytes) -> str:
    return str(sha256(data).hexdigest())
