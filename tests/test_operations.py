"""Running the job as a user does: `dagster job execute` with folders from the environment, DAGSTER_HOME, queueing."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import yaml

from pipelines.cli import main
from pipelines.defs.jobs import build_datasets
from pipelines.defs.resources import OUTPUT_TAG
from tests.conftest import ROOT, SEEDS

DAGSTER = Path(sys.executable).with_name("dagster")


def test_dagster_job_execute_runs_in_one_process_into_the_folders_of_the_environment(tmp_path):
    out = tmp_path / "published"
    env = {**os.environ, "PIPELINES_INPUT_DIR": str(SEEDS), "PIPELINES_OUTPUT_DIR": str(out)}
    env.pop("DAGSTER_HOME", None)
    done = subprocess.run(
        [DAGSTER, "job", "execute", "-m", "pipelines.definitions", "-j", "build_datasets"],
        cwd=tmp_path,  # not the project: the default folders (seeds/, datasets/) are not there
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Executing steps in process" in done.stderr and "Launching subprocess" not in done.stderr
    assert (out / "datapackage.json").exists()
    assert sorted(p.name for p in out.glob("*.parquet")) == sorted(
        p.name for p in (ROOT / "datasets").glob("*.parquet")
    )


def test_cli_build_takes_a_relative_dagster_home(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DAGSTER_HOME", "dagster_home")
    assert main(["build", "--input", str(SEEDS), "--output", "out"]) == 0
    assert "published to out/" in capsys.readouterr().out
    runs = dg.DagsterInstance.from_config(str(tmp_path / "dagster_home")).get_runs()
    assert [run.tags[OUTPUT_TAG] for run in runs] == [str(tmp_path / "out")]


def test_the_instance_settings_queue_a_second_build_into_the_same_folder(tmp_path):
    for settings in (ROOT / "deploy" / "dagster.yaml", ROOT / "deploy" / "postgres" / "dagster.yaml"):
        limits = yaml.safe_load(settings.read_text())["concurrency"]["runs"]["tag_concurrency_limits"]
        assert {"key": OUTPUT_TAG, "value": {"applyLimitPerUniqueValue": True}, "limit": 1} in limits
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.yaml").read_text())
    with dg.DagsterInstance.from_config(str(home)) as instance:
        queue = instance.get_concurrency_config().run_queue_config
        assert queue.tag_concurrency_limits[0]["key"] == OUTPUT_TAG
    assert OUTPUT_TAG in build_datasets.tags  # launches from the UI carry it too


def test_the_definitions_load_without_the_extractors_or_the_duplicate_search():
    """The UI, the sensor's code server and every run load the definitions: the heavy modules wait for a build."""
    probe = (
        "import sys; from pipelines.definitions import defs; defs(); import pipelines.runtime.build; "
        "print(' '.join(sorted(sys.modules)))"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "pipelines.defs.assets" in loaded
    assert not loaded & {"pipelines.extract.actors", "pipelines.extract.article", "datasketch", "scipy", "trafilatura"}
