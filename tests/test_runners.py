"""Local worker processes: started without fork() of the job's process, with the results of the job's process."""

import os
import subprocess
import sys
import warnings

from pipelines.read.reader import scan_input
from pipelines.runtime.batches import safe_extract
from pipelines.runtime.runners import LocalRunner, worker_context
from tests.conftest import ROOT, SEEDS


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


def test_no_process_forks_while_it_runs_threads(tmp_path):
    """Python 3.12+ warns when a process with threads forks; the fork server must have none (pyarrow's jemalloc
    starts one unless told not to). Every warning is shown here, by the job's process and the fork server alike."""
    script = tmp_path / "pool.py"
    script.write_text(
        "from pipelines.runtime.runners import LocalRunner\n"
        "if __name__ == '__main__':\n"
        "    print(LocalRunner(workers=2).map(str.upper, ['a', 'b', 'c', 'd']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "always::DeprecationWarning", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0 and "fork()" not in done.stderr, done.stderr
    assert done.stdout.strip() == "['A', 'B', 'C', 'D']"
