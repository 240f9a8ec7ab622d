"""Imported once by the fork server that local worker processes start from (`runners.worker_context`).

Loading the extractors' knowledge, the language model, the schemas' column lists (pandera imports Dask's
dataframe types for them where Dask is installed: a second) and the MinHash code takes a few seconds: done
here, in the server, every worker of every build forks with them ready, as workers forked from the job's
process used to.
"""

import os

# Before pyarrow loads: its jemalloc would start a background thread here, and a process with threads should
# not fork (Python 3.12+ warns). The workers forked from here allocate little through Arrow.
os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")

from pipelines.read.duplicates import signature  # noqa: E402
from pipelines.runtime.batches import _WARM_UP_TEXT, _warm_up, safe_extract  # noqa: E402

_warm_up(None)
safe_extract(_WARM_UP_TEXT)  # what the warm-up leaves out: the rows' column lists (pandera's schemas)
signature("the fork server computes one signature so that datasketch and its permutations are loaded")
