"""Reading a large exchange file's records, nothing else: our stream against ijson.

    uv run --with 'ijson>=3.6,<3.7' python -m tests.benchmarks.reader_bench FILE [--way ...]

Each way runs in a process of its own (peak memory is the process's): ``stream`` is
``json_stream.JsonObjectStream`` (what the import uses), ``checked`` the same plus the field
checks (``ExchangeReader``), ``ijson`` its ``yajl2_c`` backend building the same records.
ijson is not a dependency: it is measured, not used (see the README's figures).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def read_stream(path: Path) -> int:
    from app.services.exchange.json_stream import JsonObjectStream
    from app.services.exchange.reading import paused_gc

    records = 0
    with path.open("rb") as file, paused_gc():
        stream = JsonObjectStream(file)
        for _key in stream.members():
            if stream.is_array():
                for _record in stream.elements():
                    records += 1
                stream.starts.clear()  # as the reader does batch by batch
            else:
                stream.value()
    return records


def read_checked(path: Path) -> int:
    from app.services.exchange.reading import open_exchange_file

    with open_exchange_file(path) as reader:
        return sum(len(batch.records) for batch in reader.batches())


def read_ijson(path: Path) -> int:
    import ijson  # type: ignore[import-not-found]

    from app.services.exchange.reading import paused_gc

    assert ijson.backend == "yajl2_c", ijson.backend
    records = 0
    with path.open("rb") as file, paused_gc():
        for _key, value in ijson.kvitems(file, "", use_float=True, map_type=None):
            records += len(value) if isinstance(value, list) else 0
    return records


def read_ijson_items(path: Path) -> int:
    """Records one at a time (bounded memory): each list's items, prefix by prefix."""
    import ijson

    from app.services.exchange.reading import paused_gc

    records = 0
    with paused_gc():
        for kind in ("categories", "regions", "practices", "notes"):
            with path.open("rb") as file:
                for _record in ijson.items(file, f"{kind}.item", use_float=True):
                    records += 1
    return records


WAYS = {
    "stream": read_stream,
    "checked": read_checked,
    "ijson": read_ijson_items,
    "ijson-whole-lists": read_ijson,
}


def measure(way: str, path: Path) -> dict[str, float]:
    started = time.perf_counter()
    records = WAYS[way](path)
    return {
        "records": records,
        "seconds": round(time.perf_counter() - started, 2),
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--way", choices=list(WAYS), action="append")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.way[0], args.file)))
        return
    for way in args.way or ["stream", "checked", "ijson"]:
        command = [sys.executable, "-m", "tests.benchmarks.reader_bench", str(args.file)]
        done = subprocess.run([*command, "--way", way, "--one"], capture_output=True, text=True)
        print(f"{way:18} {done.stdout.strip() or done.stderr.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
