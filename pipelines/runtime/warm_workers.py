"""Imported once by the fork server that local worker processes start from (`runners.worker_context`).

Loading the extractors' knowledge and the MinHash code takes a few seconds: done here, in the server, every
worker of every build forks with them ready, as workers forked from the job's process used to.
"""

import os

# Before pyarrow loads: its jemalloc would start a background thread here, and a process with threads should
# not fork (Python 3.12+ warns). The workers forked from here allocate little through Arrow.
os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")

from pipelines.read.duplicates import signature  # noqa: E402
from pipelines.runtime.batches import _warm_up  # noqa: E402

_warm_up(None)
signature("the fork server computes one signature so that datasketch and its permutations are loaded")
