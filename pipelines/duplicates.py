"""Exact and near-duplicate articles (one agency story syndicated by several outlets), by MinHash LSH."""
from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
# Share of shingles two texts must have in common (Jaccard) to count as one story.
NEAR_DUPLICATE_JACCARD = 0.8
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def _minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(shingles(text)))
    return m


def find_duplicates(articles: Iterable[tuple[str, str]], threshold: float = NEAR_DUPLICATE_JACCARD) -> dict[str, str]:
    """Map each duplicate article_id to the first article (by id) of its story; originals are absent."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    first_of_text: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for article_id, text in sorted(articles):
        if text in first_of_text:
            duplicate_of[article_id] = first_of_text[text]
            continue
        first_of_text[text] = article_id
        m = _minhash(text)
        similar = sorted(c for c in lsh.query(m) if hashes[c].jaccard(m) >= threshold)
        if similar:
            duplicate_of[article_id] = similar[0]  # an original: duplicates are never indexed
            continue
        lsh.insert(article_id, m)
        hashes[article_id] = m
    return duplicate_of
