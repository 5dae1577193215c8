"""A sync in its own process that stops to be killed: ``python -m tests.sync.sync_driver
DATABASE URL PHASE BATCH`` (password in PGPASSWORD) prints ``paused`` once AFTER records
were pushed (PHASE ``push:AFTER``: committed on the server and noted here) or inside the pull
(PHASE ``pull``: its SQLite transaction open), then waits for a line on stdin to go on."""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.sync.engine import sync
from app.services.sync.errors import ServerError


def main() -> int:
    database, url, phase, batch = sys.argv[1:5]
    paused = False

    def progress(done: int, total: int) -> bool:
        nonlocal paused
        pulling = total == 0
        after = 0 if phase == "pull" else int(phase.split(":")[1])
        due = pulling if phase == "pull" else not pulling and done >= after
        if not paused and due:
            paused = True
            print("paused", flush=True)
            sys.stdin.readline()
        return True

    try:
        summary = sync(Path(database), url, progress=progress, batch=int(batch))
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"done {summary.sent.line()} / {summary.received.line()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
