"""Timing an import: the large catalogue's exchange file merged into a fresh database.

The exchange file is written once from the large database (and reused). The import is timed
as a person waits for it, until everything it brought is searchable: read and check, plan and
write side by side, the search documents composed, the commit, and whatever the index still
had queued (nothing, since the documents are composed inside the import).
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from app.db.connect import connect
from app.db.engine import Sessions
from app.db.search_index import index_pending, pending_count
from app.services.exchange.export import write_export
from app.services.exchange.merge import Action, merge_file
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


def run(large: Path, scratch: Path) -> dict[str, float]:
    source = exchange_file(large)
    fresh = scratch / "merge-target.db"
    for stale in scratch.glob("merge-target.db*"):
        stale.unlink()
    open_database(fresh)
    started = time.perf_counter()
    plan = merge_file(fresh, source)
    merged = time.perf_counter() - started
    connection = connect(fresh)
    queued = pending_count(connection)
    begun = time.perf_counter()
    while index_pending(connection, 2000):
        pass
    indexed = time.perf_counter() - begun
    (documents,) = connection.execute("SELECT count(*) FROM practice_search").fetchone()
    (practices,) = connection.execute("SELECT count(*) FROM practices").fetchone()
    connection.close()
    if documents != practices:
        raise SystemExit(f"the index holds {documents} documents for {practices} practices")
    return {
        "notes": float(plan.counts["notes"][Action.NEW]),
        "merge_s": merged,
        "queued": float(queued),
        "index_s": indexed,
        "searchable_s": merged + indexed,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
