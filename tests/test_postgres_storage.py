"""The job runs against an instance stored in a real PostgreSQL server, started here when one is installed."""

import getpass
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

CONFIG = ROOT / "deploy" / "postgres" / "dagster.yaml"


def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres():
    pytest.importorskip("dagster_postgres", reason="the 'postgres' extra (dagster-postgres) is not installed")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) installed on this machine")
    # The server refuses to run as root; run it as the `postgres` system user when we are root.
    as_user: list[str] = []
    if getpass.getuser() == "root":
        if shutil.which("runuser") is None or subprocess.run(["id", "postgres"], capture_output=True).returncode:
            pytest.skip("running as root without a `postgres` user to run the server as")
        as_user = ["runuser", "-u", "postgres", "--"]
    # Not under pytest's private temp folder: the server's user must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="pipelines-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if as_user:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "dagster", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_user,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(root / "log"),
            "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=port, user="dagster", dbname="postgres")
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE dagster")
        connection.close()
        yield {
            "DAGSTER_PG_HOST": "127.0.0.1",
            "DAGSTER_PG_PORT": str(port),
            "DAGSTER_PG_DB": "dagster",
            "DAGSTER_PG_USER": "dagster",
            "DAGSTER_PG_PASSWORD": "",
        }
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def test_the_build_records_its_run_in_postgres(postgres, tmp_path, monkeypatch):
    import dagster as dg

    from pipelines.cli import run_build

    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(CONFIG, home / "dagster.yaml")
    for key, value in {**postgres, "DAGSTER_HOME": str(home)}.items():
        monkeypatch.setenv(key, value)
    result = run_build(SEEDS, tmp_path / "out")
    assert result.success
    with dg.DagsterInstance.get() as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        [run] = instance.get_runs()
        assert run.run_id == result.run_id and run.is_success
    assert os.path.exists(tmp_path / "out" / "actors.parquet")
