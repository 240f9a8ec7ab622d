"""Where the per-article work runs: in this process, in local worker processes, or on a Dask cluster.

A runner maps a function over texts and returns the results in order; the function must be a module-level
function (it is pickled to the workers).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class LocalRunner:
    """Runs on this machine: in this process for one worker (or a handful of texts), else in a process pool."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[str], T], texts: Sequence[str]) -> list[T]:
        if self.workers <= 1 or len(texts) < 2 * self.workers:
            return [fn(t) for t in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers)
        return list(self._pool.map(fn, texts, chunksize=max(1, len(texts) // (4 * self.workers))))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


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
