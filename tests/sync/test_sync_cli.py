"""The server and sync commands as a person runs them: happy paths, and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exchange_helpers import new_laptop
from tests.factories import add_note
from tests.sync.cluster import Cluster, _free_port
from tests.sync.conftest import Server, person
from tests.test_cli import assert_one_line_error


def cli(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), **env)
    environment.pop("PGPASSWORD", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120,
        check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_server_commands(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> None:
    admin = pg_cluster.admin_url(pg_database)
    created = cli("server", "init", admin, home=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Created the catalogue" in created.stdout and "Seeded 28" in created.stdout
    again = cli("server", "init", admin, home=tmp_path)
    assert "up to date" in again.stdout and "Seeded 0" in again.stdout
    secret = tmp_path / "password.txt"
    secret.write_text("s3cret-word\nignored second line\n")
    name = f"ann_{pg_database[-6:]}"
    added = cli(
        "server", "add-user", name, "--region", "Tartu", "--password-file", str(secret),
        "--server", admin, home=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "s3cret" not in added.stdout + added.stderr
    listed = cli("server", "users", "--server", admin, home=tmp_path)
    assert listed.stdout.splitlines() == [f"{name}\tregion Tartu"]
    no_file = cli("server", "add-user", "bo", "--coordinator", "--server", admin, home=tmp_path)
    assert_one_line_error(no_file, "--password-file")
    removed = cli("server", "remove-user", name, "--server", admin, home=tmp_path)
    assert removed.returncode == 0 and "Removed" in removed.stdout
    unknown = cli("server", "remove-user", name, "--server", admin, home=tmp_path)
    assert_one_line_error(unknown, "nobody named")


def test_init_refuses_a_foreign_database_in_one_line(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path
) -> None:
    import psycopg

    admin = pg_cluster.admin_url(pg_database)
    with psycopg.connect(admin) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    assert_one_line_error(cli("server", "init", admin, home=tmp_path), "something else")


def test_sync_command(catalogue_server: Server, template: Path, tmp_path: Path) -> None:
    url, password = person(catalogue_server, "tiina")
    laptop = new_laptop(template, tmp_path, "laptop")
    from app.db.engine import Sessions

    sessions = Sessions(laptop)
    add_note(sessions, "Help desk", "Tartu", body="ours")
    result = cli("sync", url, "--db", str(laptop), home=tmp_path, PGPASSWORD=password)
    assert result.returncode == 0, result.stderr
    assert "sent:     1 new, 0 updated, 28 unchanged, 0 conflicts" in result.stdout
    again = cli("sync", "--db", str(laptop), home=tmp_path, PGPASSWORD=password)
    assert again.returncode == 0, again.stderr
    assert "sent:     0 new, 0 updated, 0 unchanged, 0 conflicts" in again.stdout
    theirs = add_note(sessions, "Help desk", "Namur", body="not ours")
    refused = cli("sync", "--db", str(laptop), home=tmp_path, PGPASSWORD=password)
    assert_one_line_error(refused, theirs[:8], "not ours", "own region", "kept on this laptop")
    sessions.dispose()


@pytest.mark.parametrize("problem", ["closed port", "wrong password", "no password"])
def test_sync_errors_are_one_line(
    catalogue_server: Server, template: Path, tmp_path: Path, problem: str
) -> None:
    url, password = person(catalogue_server, "tiina")
    laptop = new_laptop(template, tmp_path, "laptop")
    env = {"PGPASSWORD": password, "PGPASSFILE": str(tmp_path / "none")}
    if problem == "closed port":
        url = url.replace(f":{catalogue_server.cluster.port}/", f":{_free_port()}/")
        words = ["cannot reach the catalogue server", "127.0.0.1"]
    elif problem == "wrong password":
        env["PGPASSWORD"] = "not-the-password"
        words = ["refused the password"]
    else:
        del env["PGPASSWORD"]
        words = ["asks for a password", "PGPASSWORD"]
    result = cli("sync", url, "--db", str(laptop), home=tmp_path, **env)
    assert_one_line_error(result, *words)
    assert "not-the-password" not in result.stderr
