"""An optional dependency that is not installed is a one-line error naming the extra that installs it."""

import shutil
import sys

import pytest

from pipelines.cli import main
from pipelines.extras import MissingExtra, require
from pipelines.runtime.runners import DaskRunner
from tests.conftest import ROOT, SEEDS


def test_require_returns_an_installed_module():
    assert require("json", "dev", "Parsing").loads("[1]") == [1]


def test_require_names_the_extra_of_a_missing_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(MissingExtra, match=r"Running on a Dask cluster needs the 'dask' extra .*\.\[dask\]"):
        DaskRunner("tcp://127.0.0.1:1")


def _error_lines(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_build_on_a_cluster_without_the_dask_extra_says_so_in_one_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    status = main(["build", "--input", str(SEEDS), "--output", str(tmp_path / "out"), "--dask-scheduler", "tcp://x:1"])
    assert status != 0
    [line] = _error_lines(capsys)
    assert "'dask' extra" in line and "pip install" in line
    assert not (tmp_path / "out" / "articles.parquet").exists()


def test_build_on_a_postgres_instance_without_the_postgres_extra_says_so_in_one_line(monkeypatch, capsys, tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "deploy" / "postgres" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setitem(sys.modules, "dagster_postgres", None)
    status = main(["build", "--input", str(SEEDS), "--output", str(tmp_path / "out")])
    assert status != 0
    [line] = _error_lines(capsys)
    assert "'postgres' extra" in line and "pip install" in line
