"""Timing an import: the large catalogue's exchange file merged into a fresh database.

The exchange file is written once from the large database (and reused). The import is timed
as a person waits for it: ``practice-catalogue import FILE --db NEW`` spawned as a process,
from its start until it exits (the new file created, the file read and checked, planned and
written side by side, the search documents composed, the commit, the write-ahead log copied
into the database file before the process ends), then checked: everything it brought must
be searchable, with nothing left queued for a background indexer. Peak memory is the
process's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.db.connect import connect
from app.db.engine import Sessions
from app.db.search_index import pending_count
from app.services.exchange.export import write_export
from app.services.opening import open_database


def exchange_file(large: Path) -> Path:
    target = large.with_suffix(".json")
    if not target.exists():
        started = time.perf_counter()
        sessions = Sessions(open_database(large).path)
        partial = target.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            write_export(sessions, out)
        sessions.dispose()
        partial.rename(target)
        print(f"  wrote {target.name} ({target.stat().st_size / 2**20:,.0f} MB) in"
              f" {time.perf_counter() - started:.0f} s")  # fmt: skip
    return target


def run(large: Path, scratch: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    source = exchange_file(large)
    fresh = scratch / "merge-target.db"
    for stale in scratch.glob("merge-target.db*"):
        stale.unlink()
    started = time.perf_counter()
    command = subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(source), "--db", str(fresh)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, **(env or {})),
    )
    assert command.stdout is not None
    output = command.stdout.read()  # the summary, a few lines
    _pid, status, usage = os.wait4(command.pid, 0)  # this process's own peak, not the probes'
    returned = time.perf_counter() - started
    command.returncode = os.waitstatus_to_exitcode(status)
    if command.returncode != 0:
        raise SystemExit(f"the import failed ({command.returncode}): {output.decode()[-2000:]}")
    connection = connect(fresh)
    queued = pending_count(connection)
    (documents,) = connection.execute("SELECT count(*) FROM practice_search").fetchone()
    (practices,) = connection.execute("SELECT count(*) FROM practices").fetchone()
    (notes,) = connection.execute("SELECT count(*) FROM test_notes").fetchone()
    connection.close()
    if documents != practices or queued:
        raise SystemExit(
            f"not searchable when the command returned: {documents} documents for {practices}"
            f" practices, {queued} queued"
        )
    return {
        "notes": float(notes),
        "searchable_s": returned,
        "maxrss_mb": usage.ru_maxrss / 1024,
    }
