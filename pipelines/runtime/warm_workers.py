"""Imported once by the fork server that local worker processes start from (`runners.worker_context`).

Loading the extractors' knowledge and the MinHash code takes a few seconds: done here, in the server, every
worker of every build forks with them ready, as workers forked from the job's process used to.
"""

from pipelines.read.duplicates import signature
from pipelines.runtime.batches import _warm_up

_warm_up(None)
signature("the fork server computes one signature so that datasketch and its permutations are loaded")
