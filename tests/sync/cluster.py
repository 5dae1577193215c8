"""A throwaway PostgreSQL cluster for the sync tests: a real server, never a stand-in.

Debian's ``postgresql`` package (``/usr/lib/postgresql/<version>/bin``) or any ``initdb`` on
PATH. The server refuses to run as root, so as root the data folder belongs to the
``postgres`` user and the server runs as it (``runuser``). The superuser signs in over a
unix socket in the cluster's folder without a password; everyone else over TCP on 127.0.0.1
with a password (scram-sha-256), as people do on the real server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    found = shutil.which("initdb")
    for candidate in [*candidates, *([found] if found else [])]:
        folder = Path(candidate).parent
        if (folder / "pg_ctl").exists() and (folder / "postgres").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    @classmethod
    def start(cls, bindir: Path) -> Cluster:
        folder = Path(tempfile.mkdtemp(prefix="pc-postgres-"))
        cluster = cls(bindir, folder, _free_port())
        if os.geteuid() == 0:
            shutil.chown(folder, SUPERUSER, SUPERUSER)
        os.chmod(folder, 0o700)
        cluster._run(
            str(bindir / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER,
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        (cluster.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        cluster.pg_ctl_start()
        return cluster

    def pg_ctl_start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port}"
            f" -c unix_socket_directories={self.folder} -c fsync=off"
            " -c max_connections=60 -c shared_buffers=32MB"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def pg_ctl_stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        try:
            self.pg_ctl_stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's address (unix socket in the cluster's folder)."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}&port={self.port}"

    def person_url(self, name: str, database: str) -> str:
        """A person's address over TCP (a password is needed: PGPASSWORD or a file)."""
        return f"postgresql://{name}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        name = f"catalogue_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.admin_url(), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name
