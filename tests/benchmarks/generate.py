"""A large scratch catalogue for the benchmarks: practices in categories with test notes.

Written through the real schema (migrated and seeded first), in one transaction with the
search-index triggers deferred and one rebuild at the end, as a bulk import would. Shaped like
real files: random (uuid4) ids, each note on a practice drawn at random, distinct times, words
with accents. Texts are drawn from a fixed vocabulary with a Zipf-like spread and a fixed
seed, so every run builds the same database.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.db.connect import connect
from app.db.search_index import deferred
from app.services.opening import open_database

SEED = 20121231
STATUSES = ("planned", "in_progress", "completed", "dropped")
TYPES = ("open_collective", "closed_collective", "partnership", "individual", "unknown")
DOMAIN = [
    "cluster",
    "training",
    "workshop",
    "booth",
    "fair",
    "export",
    "market",
    "innovation",
    "research",
    "network",
    "mentor",
    "funding",
    "finance",
    "incubator",
    "office",
    "colocation",
    "desk",
    "help",
    "intelligence",
    "agency",
    "enterprise",
    "region",
    "partner",
    "project",
    "pilot",
    "survey",
    "interview",
    "living",
    "lab",
    "knowledge",
    "transfer",
    "university",
    "startup",
    "investor",
    "policy",
    "programme",
    "visit",
    "delegation",
    "catalogue",
    "service",
    "collective",
    "shared",
]


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    letters = "abcdefghijklmnoprstuvyzäöüéè"
    words = list(DOMAIN)
    while len(words) < size:
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    return words


class _Text:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = _vocabulary(rng)
        weights = [1.0 / (rank + 1) for rank in range(len(self.words))]
        self.cumulative = list(_accumulate(weights))

    def words_(self, count: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=count))


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def _uuid4(rng: random.Random) -> str:
    """A random (version 4) id from the seeded generator, as a real file's ids are."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_EPOCH = datetime(2011, 7, 1, tzinfo=UTC)


def _stamp(n: int) -> str:
    """A distinct time for the n-th record (about two minutes apart), in the stored format."""
    return (_EPOCH + timedelta(seconds=97 * n, microseconds=n % 1_000_000)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"
    )


def generate(path: Path, practices: int, categories: int, notes: int) -> None:
    """Create ``path`` (must not exist) holding the seeded catalogue plus generated rows."""
    started = time.perf_counter()
    open_database(path)
    rng = random.Random(SEED)
    text = _Text(rng)
    connection = connect(path)
    connection.execute("BEGIN IMMEDIATE")
    with deferred(connection):
        category_ids = _categories(connection, categories)
        practice_ids = _practices(connection, practices, category_ids, text, rng)
        _notes(connection, notes, practice_ids, text, rng)
        print(f"  rows written in {time.perf_counter() - started:.0f} s; rebuilding the index")
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()
    print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s")


def _categories(connection: sqlite3.Connection, count: int) -> list[str]:
    ids = [str(uuid.UUID(int=0x1000 + n)) for n in range(count)]
    connection.executemany(
        "INSERT INTO categories (id, name, description, position) VALUES (?, ?, '', ?)",
        [(cid, f"Generated category {n:02d}", 100 + n) for n, cid in enumerate(ids)],
    )
    return ids


def _practices(
    connection: sqlite3.Connection,
    count: int,
    categories: list[str],
    text: _Text,
    rng: random.Random,
) -> list[str]:
    ids = [_uuid4(rng) for _ in range(count)]
    rows = (
        (
            pid,
            categories[n % len(categories)],
            n // len(categories),
            f"{text.words_(3).capitalize()} {n:06d}",
            text.words_(4),
            text.words_(25),
            text.words_(60),
            rng.choice(TYPES),
            _stamp(n),
            _stamp(n),
        )
        for n, pid in enumerate(ids)
    )
    connection.executemany(
        "INSERT INTO practices (id, category_id, position, title, subtitle, summary,"
        " description, service_type, origin_region_id, source, selected, created_at,"
        " updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'generated', 0, ?, ?, 1)",
        rows,
    )
    return ids


def _notes(
    connection: sqlite3.Connection,
    count: int,
    practices: list[str],
    text: _Text,
    rng: random.Random,
) -> None:
    regions = [row[0] for row in connection.execute("SELECT id FROM regions")]
    start = date(2011, 7, 1)
    rows = (
        (
            _uuid4(rng),
            rng.choice(practices),
            rng.choice(regions),
            f"Author {rng.randint(1, 300)}",
            (start + timedelta(days=rng.randint(0, 540))).isoformat(),
            rng.choice(STATUSES),
            text.words_(6),
            text.words_(30),
            _stamp(n),
            _stamp(n),
        )
        for n in range(count)
    )
    connection.executemany(
        "INSERT INTO test_notes (id, practice_id, region_id, author, date, status, outcome,"
        " body, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        rows,
    )
