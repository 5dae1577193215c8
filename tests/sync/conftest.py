"""Fixtures of the sync tests: one real PostgreSQL cluster per test session, a fresh
database per test.

Without PostgreSQL's programs the tests are skipped with the reason in the summary, except
under CI (``CI`` set), where a skip would hide that nothing was tested: there they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.sync.cluster import Cluster, find_bindir


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: the sync tests"
            " need a real server (Debian: apt-get install postgresql)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the sync tests: {reason}")
        pytest.skip(reason)
    cluster = Cluster.start(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> str:
    """The name of a new, empty database on the test cluster."""
    return pg_cluster.create_database()
