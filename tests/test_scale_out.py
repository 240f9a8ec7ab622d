"""The extraction step runs unchanged on a Dask cluster and gives the same datasets as the local run."""

import pandas as pd
import pytest

import schemas
from pipelines.cli import run_build
from pipelines.read.reader import scan_input
from pipelines.runtime.batches import extract_corpus
from pipelines.runtime.runners import DaskRunner, LocalRunner
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="the 'dask' extra (distributed) is not installed")
    # dashboard on a free port: another cluster on this machine may hold the default one
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_dask_and_local_runners_extract_the_same_rows(cluster):
    articles = scan_input(SEEDS).articles
    runner = DaskRunner(cluster.scheduler_address)
    try:
        on_cluster = extract_corpus(articles, runner=runner).frames
    finally:
        runner.close()
    local = extract_corpus(articles, runner=LocalRunner(workers=2)).frames
    for table, frame in local.items():
        pd.testing.assert_frame_equal(frame, on_cluster[table])


def test_the_job_on_a_cluster_publishes_the_local_datasets(cluster, seed_build, tmp_path):
    _, local_out = seed_build
    result = run_build(SEEDS, tmp_path, dask_scheduler=cluster.scheduler_address, use_cache=False)
    assert result.success
    for table in schemas.TABLES:
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / f"{table}.parquet"), pd.read_parquet(local_out / f"{table}.parquet")
        )
