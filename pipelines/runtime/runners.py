"""Where the per-article work runs: in this process, in local worker processes, or on a Dask cluster.

A runner maps a function over texts and returns the results in order; the function must be a module-level
function (it is pickled to the workers).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1  # Linux prctl(2)


class LocalRunner:
    """Runs on this machine: in this process for one worker (or a handful of texts), else in a process pool."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        if self.workers <= 1 or len(texts) < 2 * self.workers:
            return [fn(t) for t in texts]
        first: list[T] = []
        if self._pool is None:
            # The first text here: what `fn` imports on first use (the extractors, datasketch) is then loaded once,
            # before the workers fork, instead of once in each of them.
            first, texts = [fn(texts[0])], texts[1:]
            self._pool = ProcessPoolExecutor(self.workers, initializer=die_with_parent, initargs=(os.getpid(),))
        return first + list(self._pool.map(fn, texts, chunksize=max(1, len(texts) // (4 * self.workers))))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def die_with_parent(parent: int) -> None:
    """Make a worker process end when the build's process does, even when that one is killed outright
    (`kill -9` runs no clean-up): the kernel's parent-death signal where there is one, and a watch on the
    parent's id everywhere."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


class DaskRunner:
    """Runs on a Dask cluster (`dask.distributed`): the same functions, shipped to its workers batch by batch."""

    def __init__(self, scheduler_address: str):
        from distributed import Client  # imported only when a cluster is configured

        self.client = Client(scheduler_address)

    def map(self, fn: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        return self.client.gather(self.client.map(fn, list(texts), pure=False))

    def close(self) -> None:
        self.client.close()


Runner = LocalRunner | DaskRunner
