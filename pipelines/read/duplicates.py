"""Exact and near-duplicate articles (one agency story syndicated by several outlets), by MinHash LSH."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch imports scipy (a second): only when signatures are computed
    from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
_SCHEME = "affine32"  # datasketch's default; restoring a signature must name it
_HASH_DTYPE = np.uint32  # of the scheme's hash values
# Share of shingles two texts must have in common (Jaccard) to count as one story.
NEAR_DUPLICATE_JACCARD = 0.8
_WORD = re.compile(r"\w+")
_SQL_CHUNK = 500  # values per IN (...) query


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


# Signatures are cached across builds; this module's code is their version, so an edit invalidates them.
SIGNATURE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


@cache
def _permutations() -> np.ndarray:
    # Drawn from the seed each time a MinHash is made; drawing them once saves most of a cached build's time.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations


def _minhash(text: str) -> MinHash:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME, permutations=_permutations())
    m.update_batch(list(shingles(text)))
    return m


def signature(text: str) -> bytes:
    """The text's MinHash signature, as bytes to cache (hashing the shingles is the slow part)."""
    return _minhash(text).hashvalues.astype(_HASH_DTYPE).tobytes()


@cache
def _lsh_bands(threshold: float) -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for the threshold: found by numerical integration, so once per process."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class DuplicateIndex:
    """The articles seen so far, kept in SQLite (a file, or memory), so that memory holds one batch at a time.

    Batches must come in article-id order. Each article is an exact copy (same SHA-256) or a near copy (close
    MinHash signature) of the first article, by id, of its story, or an original. The search is datasketch's
    MinHashLSH done on plain rows (the same bands and the same Jaccard estimate, so the same answers).
    A file index can be kept between runs: `truncate` takes it back to the articles before an id.
    """

    def __init__(self, path: Path | str = ":memory:", threshold: float = NEAR_DUPLICATE_JACCARD):
        self.threshold = threshold
        self._bands, self._rows = _lsh_bands(threshold)
        self._db = sqlite3.connect(path)
        self._db.executescript("""
            PRAGMA journal_mode = OFF;  -- a work file: a failed run's copy is thrown away
            PRAGMA synchronous = OFF;
            CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS articles (article_id TEXT PRIMARY KEY, sha256 TEXT) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS texts (sha256 TEXT PRIMARY KEY, article_id TEXT) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS originals (article_id TEXT PRIMARY KEY, signature BLOB) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS bands (key INTEGER, article_id TEXT, PRIMARY KEY (key, article_id))
                WITHOUT ROWID;
        """)
        # Written by other code or for another threshold: start afresh.
        if self.get("version") != self._version():
            self.truncate("")
            self.set("version", self._version())

    def _version(self) -> str:
        return f"{SIGNATURE_VERSION}:{self.threshold}"

    def get(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
        self._db.commit()

    def articles(self, chunk: int = 2000) -> Iterator[tuple[str, str]]:
        """(article_id, SHA-256) of every article added, in id order, a chunk at a time."""
        last = ""
        while rows := self._db.execute(
            "SELECT article_id, sha256 FROM articles WHERE article_id > ? ORDER BY article_id LIMIT ?", (last, chunk)
        ).fetchall():
            yield from rows
            last = rows[-1][0]

    def truncate(self, first_id: str) -> None:
        """Forget the articles from `first_id` on, as if only those before it had been added."""
        for table in ("articles", "texts", "originals", "bands"):
            self._db.execute(f"DELETE FROM {table} WHERE article_id >= ?", (first_id,))
        self._db.commit()

    def _keys(self, values: np.ndarray) -> list[int]:
        # A 64-bit digest of each band: equal bands, equal keys, in every process (the index is kept between
        # runs); a rare collision only adds a candidate, which the Jaccard estimate then turns down.
        rows = self._rows
        return [
            int.from_bytes(
                hashlib.blake2b(
                    values[band * rows : (band + 1) * rows].tobytes(), digest_size=8, person=band.to_bytes(2, "little")
                ).digest(),
                "little",
                signed=True,
            )
            for band in range(self._bands)
        ]

    def _select(self, sql: str, values: list) -> list[tuple]:
        out = []
        for i in range(0, len(values), _SQL_CHUNK):
            chunk = values[i : i + _SQL_CHUNK]
            out += self._db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
        return out

    def add(self, batch: list[tuple[str, str, bytes]]) -> dict[str, str]:
        """Add (article_id, SHA-256 of the text, `signature`) triples; returns duplicate article_id -> first article."""
        batch = sorted(batch)
        values = {article_id: np.frombuffer(signed, dtype=_HASH_DTYPE) for article_id, _, signed in batch}
        keys = {article_id: self._keys(v) for article_id, v in values.items()}
        first_of_text = dict(
            self._select(
                "SELECT sha256, article_id FROM texts WHERE sha256 IN ({marks})", list({sha for _, sha, _ in batch})
            )
        )
        buckets: dict[int, list[str]] = {}
        for key, article_id in self._select(
            "SELECT key, article_id FROM bands WHERE key IN ({marks})", list({k for ks in keys.values() for k in ks})
        ):
            buckets.setdefault(key, []).append(article_id)
        known = {
            article_id: np.frombuffer(signed, dtype=_HASH_DTYPE)
            for article_id, signed in self._select(
                "SELECT article_id, signature FROM originals WHERE article_id IN ({marks})",
                list({a for ids in buckets.values() for a in ids}),
            )
        }
        duplicate_of: dict[str, str] = {}
        new_texts, new_originals = [], []
        for article_id, sha, signed in batch:
            if sha in first_of_text:
                duplicate_of[article_id] = first_of_text[sha]
                continue
            first_of_text[sha] = article_id
            new_texts.append((sha, article_id))
            candidates = {c for key in keys[article_id] for c in buckets.get(key, ())}
            similar = sorted(
                c for c in candidates if np.count_nonzero(known[c] == values[article_id]) / NUM_PERM >= self.threshold
            )
            if similar:
                duplicate_of[article_id] = similar[0]  # an original: duplicates are never indexed
                continue
            for key in keys[article_id]:
                buckets.setdefault(key, []).append(article_id)
            known[article_id] = values[article_id]
            new_originals.append((article_id, signed))
        self._db.executemany("INSERT INTO articles VALUES (?, ?)", [(article_id, sha) for article_id, sha, _ in batch])
        self._db.executemany("INSERT INTO texts VALUES (?, ?)", new_texts)
        self._db.executemany("INSERT INTO originals VALUES (?, ?)", new_originals)
        self._db.executemany("INSERT INTO bands VALUES (?, ?)", [(key, a) for a, _ in new_originals for key in keys[a]])
        self._db.commit()
        return duplicate_of

    def close(self) -> None:
        self._db.close()


def find_duplicates(
    articles: Iterable[tuple[str, str, bytes]], threshold: float = NEAR_DUPLICATE_JACCARD
) -> dict[str, str]:
    """Map each duplicate article_id to the first article (by id) of its story; originals are absent.

    `articles` gives (article_id, SHA-256 of the text, `signature` of the text), in any order.
    """
    index = DuplicateIndex(threshold=threshold)
    try:
        return index.add(list(articles))
    finally:
        index.close()


def duplicates_among(texts: Iterable[tuple[str, str]], threshold: float = NEAR_DUPLICATE_JACCARD) -> dict[str, str]:
    """`find_duplicates` of (article_id, text) pairs held in memory."""
    return find_duplicates(
        ((article_id, hashlib.sha256(text.encode()).hexdigest(), signature(text)) for article_id, text in texts),
        threshold,
    )
