"""Exact and near-duplicate articles (one agency story syndicated by several outlets), by MinHash LSH."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
_SCHEME = "affine32"  # datasketch's default; restoring a signature must name it
_HASH_DTYPE = np.uint32  # of the scheme's hash values
# Share of shingles two texts must have in common (Jaccard) to count as one story.
NEAR_DUPLICATE_JACCARD = 0.8
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


# Signatures are cached across builds; this module's code is their version, so an edit invalidates them.
SIGNATURE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


@cache
def _permutations() -> np.ndarray:
    # Drawn from the seed each time a MinHash is made; drawing them once saves most of a cached build's time.
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations


def _minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME, permutations=_permutations())
    m.update_batch(list(shingles(text)))
    return m


def signature(text: str) -> bytes:
    """The text's MinHash signature, as bytes to cache (hashing the shingles is the slow part)."""
    return _minhash(text).hashvalues.astype(_HASH_DTYPE).tobytes()


@cache
def _lsh_bands(threshold: float) -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for the threshold: found by numerical integration, so once per process."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def find_duplicates(articles: Iterable[tuple[str, str, bytes]], threshold: float = NEAR_DUPLICATE_JACCARD) -> dict[str, str]:
    """Map each duplicate article_id to the first article (by id) of its story; originals are absent.

    `articles` gives (article_id, SHA-256 of the text, `signature` of the text): equal hashes are exact
    copies, close signatures near copies. The index is datasketch's MinHashLSH done on plain arrays (the
    same bands and the same Jaccard estimate, so the same answers): its per-article objects cost more
    than the search in a cached build.
    """
    bands, rows = _lsh_bands(threshold)
    buckets: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
    hashes: dict[str, np.ndarray] = {}
    first_of_text: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for article_id, sha, signed in sorted(articles):
        if sha in first_of_text:
            duplicate_of[article_id] = first_of_text[sha]
            continue
        first_of_text[sha] = article_id
        values = np.frombuffer(signed, dtype=_HASH_DTYPE)
        keys = [values[band * rows:(band + 1) * rows].tobytes() for band in range(bands)]
        candidates = {c for bucket, key in zip(buckets, keys) for c in bucket.get(key, ())}
        similar = sorted(c for c in candidates if np.count_nonzero(hashes[c] == values) / NUM_PERM >= threshold)
        if similar:
            duplicate_of[article_id] = similar[0]  # an original: duplicates are never indexed
            continue
        for bucket, key in zip(buckets, keys):
            bucket.setdefault(key, []).append(article_id)
        hashes[article_id] = values
    return duplicate_of


def duplicates_among(texts: Iterable[tuple[str, str]], threshold: float = NEAR_DUPLICATE_JACCARD) -> dict[str, str]:
    """`find_duplicates` of (article_id, text) pairs held in memory."""
    return find_duplicates(((article_id, hashlib.sha256(text.encode()).hexdigest(), signature(text))
                            for article_id, text in texts), threshold)
