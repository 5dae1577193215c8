"""Ship one OpenSSL in the Linux bundle instead of two (about 5.4 MB less).

psycopg_binary brings its own OpenSSL 3 for libpq (``psycopg_binary.libs/libssl-<hash>.so.3``
and ``libcrypto-<hash>.so.3``), and Python's ``ssl`` module, which psycopg imports before it
loads libpq, links the build machine's ``libssl.so.3`` and ``libcrypto.so.3``. Both are
OpenSSL 3, whose releases keep the 3.0 interface (every 3.x defines the ``OPENSSL_3.0.0``
symbols ``_ssl`` asks for), so the system copies are replaced by symbolic links to psycopg's.
The loader then finds one file under two names and loads it once: Python's ssl and libpq share
one libcrypto, which is also what libpq's ``PQinitOpenSSL`` hand-over expects.

The application itself makes no TLS connection through Python's ``ssl``; it is imported only
because psycopg's wrappers require it. Windows and macOS builds are left as they are.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import PurePosixPath

Toc = list[tuple[str, str, str]]  # PyInstaller's (destination, source, type) entries

SYSTEM_NAMES = ("libssl.so.3", "libcrypto.so.3")  # what _ssl's NEEDED entries name
BUNDLED = re.compile(r"psycopg_binary\.libs/(libssl|libcrypto)-[0-9a-f]+\.so\.3")


def share_openssl(binaries: Toc) -> Toc:
    """``binaries`` with the system OpenSSL 3 turned into links to psycopg's copy, when both
    are present (Linux); otherwise unchanged."""
    if not sys.platform.startswith("linux"):
        return binaries
    bundled = {}
    for destination, _source, _kind in binaries:
        found = BUNDLED.fullmatch(PurePosixPath(destination).as_posix())
        if found:
            bundled[found[1] + ".so.3"] = destination
    if set(bundled) != set(SYSTEM_NAMES):
        print("OpenSSL: psycopg's copy not found; Python's ssl keeps the system's", file=sys.stderr)
        return binaries
    result, saved = [], 0
    for destination, source, kind in binaries:
        name = PurePosixPath(destination)
        if name.name in SYSTEM_NAMES and kind == "BINARY":
            target = os.path.relpath(bundled[name.name], str(name.parent))
            saved += os.path.getsize(source)
            result.append((destination, target, "SYMLINK"))
        else:
            result.append((destination, source, kind))
    print(f"OpenSSL: Python's ssl uses psycopg's copy ({saved / 1e6:.1f} MB less)")
    return result
