"""Local worker processes: started without fork() of the job's process, same results, gone with the build."""

import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pytest

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


WORKER_FUNCTIONS = """
import os, time

def pid(_):
    return os.getpid()

def nap(_):
    time.sleep(60)
"""

BUILD = """
from pipelines.runtime.runners import LocalRunner
from worker_functions import nap, pid

if __name__ == "__main__":
    runner = LocalRunner(workers=2)
    print(" ".join(str(p) for p in sorted(set(runner.map(pid, ["x"] * 8)))), flush=True)
    runner.map(nap, ["x"] * 4)
"""


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc (Linux)")
def test_workers_end_when_the_build_process_is_killed(tmp_path):
    (tmp_path / "worker_functions.py").write_text(textwrap.dedent(WORKER_FUNCTIONS))
    (tmp_path / "build.py").write_text(textwrap.dedent(BUILD))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    build = subprocess.Popen([sys.executable, str(tmp_path / "build.py")], stdout=subprocess.PIPE, text=True, env=env)
    workers = [int(p) for p in build.stdout.readline().split()]
    assert workers and all(_alive(p) for p in workers)
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)
