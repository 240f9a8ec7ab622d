"""Local worker processes: started without fork() of the job's process, with the results of the job's process."""

import warnings

from pipelines.read.reader import scan_input
from pipelines.runtime.batches import safe_extract
from pipelines.runtime.runners import LocalRunner, worker_context
from tests.conftest import SEEDS


def test_workers_start_from_a_fork_server_or_spawned_never_forked():
    assert worker_context().get_start_method() in {"forkserver", "spawn"}


def test_workers_extract_what_the_job_process_does_without_fork_warnings():
    texts = [a.text for a in scan_input(SEEDS).articles] * 2
    runner = LocalRunner(workers=2)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)  # Python 3.12+ warns when a threaded process forks
            in_workers = runner.map(safe_extract, texts)
    finally:
        runner.close()
    assert in_workers == [safe_extract(t) for t in texts]
