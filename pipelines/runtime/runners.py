"""Where the per-article work runs: in this process, in local worker processes, or on a Dask cluster.

A runner maps a function over texts and returns the results in order; the function must be a module-level
function (it is pickled to the workers).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from pipelines.extras import require

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1  # Linux prctl(2)
# Imported once by the fork server: each worker forks from it with the extractors loaded and warmed up.
WORKER_MODULES = ["pipelines.runtime.warm_workers"]


def worker_context() -> multiprocessing.context.BaseContext:
    """How local workers start: from a fork server (spawned where there is none), never by fork() of the job's
    process, which runs threads (Dagster's) and may deadlock when forked; Python 3.12+ warns of it."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_MODULES)
    return context


def start_worker_server(workers: int | None = None) -> None:
    """Start the fork server now, without waiting for it, when local workers will be wanted: it loads the
    extractors for seconds on another core while this process loads the job and reads the input."""
    if (workers or os.cpu_count() or 1) > 1 and worker_context().get_start_method() == "forkserver":
        multiprocessing.forkserver.ensure_running()


class LocalRunner:
    """Runs on this machine: in this process for one worker (or a handful of texts before the pool is up), else in
    a process pool."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        start_worker_server(self.workers)

    def map(self, fn: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        # A handful of texts runs here, unless the pool is up: then it costs nothing, while this process may
        # not have loaded what `fn` needs (the extractors: seconds).
        if self.workers <= 1 or (self._pool is None and len(texts) < 2 * self.workers):
            return [fn(t) for t in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=worker_context(), initializer=die_with_parent, initargs=(os.getpid(),)
            )
        return list(self._pool.map(fn, texts, chunksize=max(1, len(texts) // (4 * self.workers))))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def die_with_parent(build: int) -> None:
    """Make a worker process end when the build's process does, even when that one is killed outright
    (`kill -9` runs no clean-up). The worker's parent is the fork server (the build's process under spawn),
    which ends with the build's process: the kernel's parent-death signal covers it where there is one, and a
    watch on the build's process id covers every platform."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if not _running(build):  # the build died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while _running(build):
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    try:  # a killed process stays a zombie until its parent reaps it; it runs nothing
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):  # no /proc (not Linux): the process exists
        return True


class DaskRunner:
    """Runs on a Dask cluster (`dask.distributed`): the same functions, shipped to its workers batch by batch."""

    def __init__(self, scheduler_address: str):
        distributed = require("distributed", "dask", "Running on a Dask cluster")  # only when one is configured
        self.client = distributed.Client(scheduler_address)

    def map(self, fn: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        return self.client.gather(self.client.map(fn, list(texts), pure=False))

    def close(self) -> None:
        self.client.close()


Runner = LocalRunner | DaskRunner
