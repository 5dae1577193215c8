"""Fixtures of the sync tests: one real PostgreSQL cluster per test session, a fresh
database per test.

Without PostgreSQL's programs the tests are skipped with the reason in the summary, except
under CI (``CI`` set), where a skip would hide that nothing was tested: there they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class Server:
    """A catalogue server made with ``server init``, with a coordinator and a facilitator
    of Tartu (passwords in ``passwords``)."""

    cluster: Cluster
    database: str

    @property
    def admin(self) -> str:
        return self.cluster.admin_url(self.database)

    def url(self, who: str) -> str:
        return self.cluster.person_url(who, self.database)


PASSWORDS = {"carl": "coordinator-pw-1", "tiina": "tartu-pw-1", "nele": "namur-pw-1"}


@pytest.fixture
def catalogue_server(pg_cluster: Cluster, pg_database: str) -> Server:
    from app.services.sync.server_admin import add_user, init_server

    server = Server(pg_cluster, pg_database)
    init_server(server.admin)
    suffix = pg_database[-10:]
    for who, region in (("carl", None), ("tiina", "Tartu"), ("nele", "Namur")):
        add_user(
            server.admin, f"{who}_{suffix}", PASSWORDS[who], region=region,
            coordinator=region is None,
        )  # fmt: skip
    return server


def person(server: Server, who: str) -> tuple[str, str]:
    """(url, password) of ``who`` (carl, tiina or nele) on ``server``."""
    return server.url(f"{who}_{server.database[-10:]}"), PASSWORDS[who]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.opening import open_database

    return open_database(tmp_path_factory.mktemp("template") / "seeded.db").path
