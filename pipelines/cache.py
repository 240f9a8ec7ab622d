"""Per-article extraction results cached by content hash and extractor version.

A refresh re-extracts only articles whose text (or the extractors' version) changed. The cache is one
SQLite file: safe to delete at any time, it only costs a full re-extraction.
"""
from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from pipelines.extract.article import ArticleFacts

_BATCH = 500


class FactCache:
    def __init__(self, path: Path, version: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.version = version
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS facts (sha256 TEXT, version TEXT, facts BLOB, "
                         "PRIMARY KEY (sha256, version))")
        # Results of other extractor versions can never be used again.
        self._db.execute("DELETE FROM facts WHERE version != ?", (version,))
        self._db.commit()

    def get_many(self, shas: Iterable[str]) -> dict[str, ArticleFacts]:
        wanted = list(dict.fromkeys(shas))
        found: dict[str, ArticleFacts] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i:i + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT sha256, facts FROM facts WHERE version = ? AND sha256 IN ({marks})",
                                    (self.version, *chunk))
            found.update((sha, pickle.loads(blob)) for sha, blob in rows)
        return found

    def put_many(self, facts: Mapping[str, ArticleFacts]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?)",
                             [(sha, self.version, pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
                              for sha, f in facts.items()])
        self._db.commit()

    def retain(self, shas: Iterable[str]) -> int:
        """Drop entries of articles no longer in the corpus; returns how many were dropped."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (sha256 TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM keep")
        self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((s,) for s in shas))
        dropped = self._db.execute("DELETE FROM facts WHERE sha256 NOT IN (SELECT sha256 FROM keep)").rowcount
        self._db.commit()
        return dropped

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FactCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
