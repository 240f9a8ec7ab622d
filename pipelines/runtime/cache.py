"""Per-article results cached by content hash and the version of the code that computed them.

A refresh re-extracts only articles whose text (or the extractors' version) changed. The cache is one
SQLite file with a table per kind of result (extracted facts, duplicate-detection signatures): safe to
delete at any time, it only costs a full re-extraction.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from pipelines.runtime.runners import Runner

_BATCH = 500


class FactCache:
    """Pickled results by article SHA-256, in one table (`kind`) of the cache file, for one code version."""

    def __init__(self, path: Path, version: str, kind: str = "facts"):
        if not kind.isidentifier():
            raise ValueError(f"not a table name: {kind!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.version = version
        self._table = kind
        self._db = sqlite3.connect(path)
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {kind} (sha256 TEXT, version TEXT, facts BLOB, PRIMARY KEY (sha256, version))"
        )
        # Results of other code versions can never be used again.
        self._db.execute(f"DELETE FROM {kind} WHERE version != ?", (version,))
        self._db.commit()

    def get_many(self, shas: Iterable[str]) -> dict[str, Any]:
        wanted = list(dict.fromkeys(shas))
        found: dict[str, Any] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT sha256, facts FROM {self._table} WHERE version = ? AND sha256 IN ({marks})",
                (self.version, *chunk),
            )
            found.update((sha, pickle.loads(blob)) for sha, blob in rows)
        return found

    def put_many(self, facts: Mapping[str, Any]) -> None:
        self._db.executemany(
            f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?, ?)",
            [(sha, self.version, pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL)) for sha, f in facts.items()],
        )
        self._db.commit()

    def retain(self, shas: Iterable[str]) -> int:
        """Drop entries of articles no longer in the corpus; returns how many were dropped."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (sha256 TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM keep")
        self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((s,) for s in shas))
        dropped = self._db.execute(f"DELETE FROM {self._table} WHERE sha256 NOT IN (SELECT sha256 FROM keep)").rowcount
        self._db.commit()
        return dropped

    def __len__(self) -> int:
        return self._db.execute(f"SELECT COUNT(*) FROM {self._table}").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FactCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def cached_map(
    fn: Callable[[str], Any],
    texts: Mapping[str, str],
    cache: FactCache | None,
    runner: Runner,
    cacheable: Callable[[Any], bool] = lambda result: True,
) -> tuple[dict[str, Any], int]:
    """`fn` of each text, by the text's SHA-256: taken from the cache where it has them, the others computed by
    `runner` (and cached when `cacheable`). Returns the results and how many were computed."""
    known = cache.get_many(texts) if cache is not None else {}
    todo = {sha: text for sha, text in texts.items() if sha not in known}
    fresh = dict(zip(todo, runner.map(fn, list(todo.values())), strict=False))
    if cache is not None:
        cache.put_many({sha: result for sha, result in fresh.items() if cacheable(result)})
    return {**known, **fresh}, len(fresh)
