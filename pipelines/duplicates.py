"""Exact and near-duplicate articles (one agency story syndicated by several outlets), by MinHash LSH."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
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


def _from_signature(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME, permutations=_permutations(),
                   hashvalues=np.frombuffer(data, dtype=_HASH_DTYPE))


@cache
def _lsh_bands(threshold: float) -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for the threshold: found by numerical integration, so once per process."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def find_duplicates(articles: Iterable[tuple[str, str]], threshold: float = NEAR_DUPLICATE_JACCARD,
                    signatures: Mapping[str, bytes] | None = None) -> dict[str, str]:
    """Map each duplicate article_id to the first article (by id) of its story; originals are absent.

    `signatures` (by article_id, from `signature`) spares recomputing them; missing ones are computed.
    """
    signatures = signatures or {}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=_lsh_bands(threshold))
    hashes: dict[str, MinHash] = {}
    first_of_text: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for article_id, text in sorted(articles):
        if text in first_of_text:
            duplicate_of[article_id] = first_of_text[text]
            continue
        first_of_text[text] = article_id
        m = _from_signature(signatures[article_id]) if article_id in signatures else _minhash(text)
        similar = sorted(c for c in lsh.query(m) if hashes[c].jaccard(m) >= threshold)
        if similar:
            duplicate_of[article_id] = similar[0]  # an original: duplicates are never indexed
            continue
        lsh.insert(article_id, m)
        hashes[article_id] = m
    return duplicate_of
