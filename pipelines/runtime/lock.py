"""One build at a time per output folder: an exclusive lock on `<output>/.staging/build.lock`.

Command-line builds and Dagster runs take the same lock: the command line holds it for the whole run, and
each step of the job takes it too (in the same process that is the lock already held), so a run of steps in
processes of their own holds it step by step and refuses to carry on from another run's files. Two builds
never write one work area or publish into one folder at once. A second build waits for the first to finish,
saying so in one line. The lock is the operating system's (`flock`): a build that is killed releases it
with its process, and nothing stale is left.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LOCK_FILE = "build.lock"
_held: dict[Path, int] = {}  # locks this process holds, with how many holders (the run, then its steps)


@contextlib.contextmanager
def build_lock(work_root: Path, notice: Callable[[str], None] = lambda line: None) -> Iterator[None]:
    """Hold the lock of the work area `work_root` (created if need be), waiting for the build that holds it."""
    work_root.mkdir(parents=True, exist_ok=True)
    path = (work_root / LOCK_FILE).resolve()
    if path in _held:
        _held[path] += 1
        try:
            yield
        finally:
            _held[path] -= 1
        return
    # The file is never removed: a build that found it removed would lock a new file beside a held one.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            notice(f"waiting: another build ({holder}) is writing to {work_root.parent}; this one starts when it ends")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {time.strftime('%H:%M:%S')}".encode(), 0)
        _held[path] = 1
        yield
    finally:
        _held.pop(path, None)
        os.close(fd)  # releases the lock
