"""Sync benchmark: first sync of a generated catalogue up to an empty server and down to an
empty laptop, then a sync with 100 changed notes on each side, then a live update (one note
synced by one laptop until the other, listening, has pulled it). Not part of ``pytest``.

    uv run python -m tests.benchmarks.sync_bench                       # 10,000 / 100,000
    uv run python -m tests.benchmarks.sync_bench --practices 100000 --notes 1000000

Starts its own PostgreSQL cluster (as the sync tests do) in a scratch folder.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from app.db.connect import connect
from app.services.opening import open_database
from app.services.sync.engine import sync
from app.services.sync.server_admin import init_server
from tests.benchmarks.generate import generate
from tests.sync.cluster import Cluster, find_bindir


def _touch_notes(path: Path, count: int, tag: str) -> None:
    """Change ``count`` notes as saves would (body, versions, revision, time)."""
    connection = connect(path)
    replica = connection.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "UPDATE test_notes SET body = body || ?, revision = revision + 1,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'),"
        f" versions = json_set(versions, '$.\"{replica}\"',"
        f" coalesce(json_extract(versions, '$.\"{replica}\"'), 0) + 1)"
        " WHERE id IN (SELECT id FROM test_notes ORDER BY random() LIMIT ?)",
        (f" {tag}", count),
    )
    connection.execute("COMMIT")
    connection.close()


def _live_update(writer: Path, watcher: Path, url: str) -> float:
    """What the window does for a live update: the other laptop's sync of one changed note,
    until the watching laptop has heard of it (LISTEN/NOTIFY, ids only) and pulled it."""
    from app.services.sync.listen import ChangeListener

    listener = ChangeListener(url)
    try:
        _touch_notes(writer, 1, "live")
        started = time.perf_counter()
        sync(writer, url)
        while not listener.wait(timeout=5.0):
            if time.perf_counter() - started > 60:
                raise SystemExit("no change announced within a minute")
        sync(watcher, url)
        return time.perf_counter() - started
    finally:
        listener.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL's server programs are not installed")
    scratch = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    up = scratch / "up.db"
    started = time.perf_counter()
    generate(up, args.practices, 20, args.notes)
    print(f"generated in {time.perf_counter() - started:.1f} s", flush=True)
    cluster = Cluster.start(bindir)
    try:
        url = cluster.admin_url(cluster.create_database())
        init_server(url)
        figures: dict[str, float] = {}
        started = time.perf_counter()
        sync(up, url)
        figures["first sync up (s)"] = time.perf_counter() - started
        down = open_database(scratch / "down.db").path
        started = time.perf_counter()
        sync(down, url)
        figures["first sync down (s)"] = time.perf_counter() - started
        _touch_notes(up, 100, "up")
        _touch_notes(down, 100, "down")
        started = time.perf_counter()
        sync(up, url)
        figures["100 changed notes, sync (s)"] = time.perf_counter() - started
        started = time.perf_counter()
        sync(down, url)
        figures["100 changed notes each side, second laptop (s)"] = time.perf_counter() - started
        figures["live update, one note (s)"] = _live_update(up, down, url)
        print(json.dumps({k: round(v, 2) for k, v in figures.items()}, indent=1))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
