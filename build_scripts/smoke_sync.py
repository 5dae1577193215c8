"""The smoke test's sync checks: the frozen executable loads the PostgreSQL driver (psycopg
with the libpq of psycopg_binary) and, where PostgreSQL's server programs are installed, sets
up a throwaway server and syncs two laptops through it.

1. ``sync`` with an address where nothing listens ends in one "cannot reach" line, no
   traceback (the driver and its libraries loaded, Python's ssl with them, and libpq ran);
   on Linux the same run, watched by the loader (``LD_DEBUG=files``), maps one libssl and
   one libcrypto: Python's ssl and libpq share psycopg's OpenSSL (one_openssl.py);
2. with PostgreSQL (Debian's ``postgresql`` package): the frozen ``server init`` and
   ``server add-user`` (the server's migrations travel in the bundle), then two frozen
   ``sync`` runs carry a note from one laptop to the other.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from frozen_app import ROOT, executable, run, sandbox_env

NOWHERE = "postgresql://nobody@127.0.0.1:1/x"


def check_sync(checks: Any, tmp: Path) -> None:
    env = sandbox_env(tmp / "home-sync")
    database = tmp / "sync.db"
    result = run([str(executable()), "sync", NOWHERE, "--db", str(database)], env, tmp)
    lines = result.stderr.strip().splitlines()
    ok = result.returncode != 0 and len(lines) == 1 and "cannot reach" in lines[0]
    checks.check("sync to an unreachable server: one 'cannot reach' line", ok, result.stderr)
    if sys.platform.startswith("linux"):
        check_one_openssl(checks, tmp, env, database)
    check_real_sync(checks, tmp, env)


def check_one_openssl(checks: Any, tmp: Path, env: dict[str, str], database: Path) -> None:
    traced = dict(env, LD_DEBUG="files")
    result = run([str(executable()), "sync", NOWHERE, "--db", str(database)], traced, tmp)
    mapped = re.findall(
        r"file=(\S*lib(?:ssl|crypto)\S*) \[0\];\s+generating link map", result.stderr
    )
    names = sorted(Path(name).name.split(".so")[0].split("-")[0] for name in mapped)
    ok = "cannot reach" in result.stderr and names == ["libcrypto", "libssl"]
    checks.check(f"one OpenSSL loaded for Python's ssl and libpq {mapped}", ok, mapped)


def check_real_sync(checks: Any, tmp: Path, env: dict[str, str]) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.sync.cluster import Cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("SKIP  a real sync: PostgreSQL's server programs (initdb, pg_ctl) are not installed")
        return
    cluster = Cluster.start(bindir)
    try:
        _sync_two_laptops(checks, tmp, env, cluster)
    finally:
        cluster.stop()


def _sync_two_laptops(checks: Any, tmp: Path, env: dict[str, str], cluster: Any) -> None:
    if not (tmp / "frozen.json").is_file():
        return  # the export check failed: said above
    frozen = [str(executable())]
    database = cluster.create_database()
    admin = cluster.admin_url(database)
    init = run([*frozen, "server", "init", admin], env, tmp)
    if not checks.check("frozen 'server init'", init.returncode == 0, init.stdout + init.stderr):
        return
    secret = tmp / "password.txt"
    secret.write_text("smoke-pw-1\n", encoding="utf-8")
    os.chmod(secret, 0o600)
    add = run(
        [*frozen, "server", "add-user", "smoke", "--coordinator", "--password-file", str(secret),
         "--server", admin],
        env, tmp,
    )  # fmt: skip
    if not checks.check("frozen 'server add-user'", add.returncode == 0, add.stderr):
        return
    url = cluster.person_url("smoke", database)
    person = dict(env, PGPASSWORD="smoke-pw-1")
    laptop_a, laptop_b = tmp / "laptop-a.db", tmp / "laptop-b.db"
    note = _one_note(tmp)
    imported = run([*frozen, "import", str(note), "--db", str(laptop_a)], env, tmp)
    sent = run([*frozen, "sync", url, "--db", str(laptop_a)], person, tmp)
    received = run([*frozen, "sync", url, "--db", str(laptop_b)], person, tmp)
    ok = (
        imported.returncode == sent.returncode == received.returncode == 0
        and "sent:     1 new" in sent.stdout
        and "received: 1 new" in received.stdout
    )
    detail = "\n".join(r.stdout + r.stderr for r in (imported, sent, received))
    checks.check("frozen sync carries a note between two laptops", ok, detail)


def _one_note(tmp: Path) -> Path:
    """An exchange file with one note (the shipped catalogue's first practice and region)."""
    document = json.loads((tmp / "frozen.json").read_text(encoding="utf-8"))
    stamp = "2026-11-27T12:00:00Z"
    document["notes"] = [
        {
            "id": "5b0e7c2a-0d4e-4f39-9c1b-2a7d3e9f8c10",
            "practice_id": document["practices"][0]["id"],
            "region_id": document["regions"][0]["id"],
            "author": "Smoke", "date": "2012-03-01", "status": "planned", "outcome": "Synced",
            "score_cluster_initiatives": None, "score_development_agencies": None,
            "score_enterprises": None, "body": "through the server", "created_at": stamp,
            "updated_at": stamp, "revision": 1, "versions": {}, "deleted_at": None,
        }
    ]  # fmt: skip
    path = tmp / "one-note.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
