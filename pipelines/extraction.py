"""Extract a corpus into table rows: in batches, in parallel, reusing cached results.

An article whose extraction raises is quarantined with the error, never dropped.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

import pandas as pd

from pipelines.cache import FactCache
from pipelines.extract.article import extract_article
from pipelines.reader import SourceArticle
from pipelines.tables import EXTRACTED_TABLES, ArticleRows, article_row, article_rows, fact_rows, quarantine_row, to_frame

BATCH_SIZE = 256


def safe_extract(text: str) -> ArticleRows | str:
    """The article's rows, or the error as text (exceptions must not cross process boundaries unannounced)."""
    try:
        facts = extract_article(text)
    except Exception as exc:  # one bad article must not stop the build
        return f"{type(exc).__name__}: {exc}"
    return article_rows(facts)  # outside the try: a failure here is a bug, not a bad article


class LocalRunner:
    """Maps the extractor over texts on this machine: in-process for one worker, else a process pool."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[str], ArticleRows | str], texts: Sequence[str]) -> list[ArticleRows | str]:
        if self.workers <= 1 or len(texts) < 2 * self.workers:
            return [fn(t) for t in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers)
        return list(self._pool.map(fn, texts, chunksize=max(1, len(texts) // (4 * self.workers))))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskRunner:
    """Maps the extractor over texts on a Dask cluster (`dask.distributed`), unchanged code, batch by batch."""

    def __init__(self, scheduler_address: str):
        from distributed import Client  # imported only when a cluster is configured

        self.client = Client(scheduler_address)

    def map(self, fn: Callable[[str], ArticleRows | str], texts: Sequence[str]) -> list[ArticleRows | str]:
        return self.client.gather(self.client.map(fn, list(texts), pure=False))

    def close(self) -> None:
        self.client.close()


Runner = LocalRunner | DaskRunner


@dataclass(slots=True)
class CorpusRows:
    """Extracted rows, kept as one columnar frame per batch: Python row objects would cost several times more."""
    parts: dict[str, list[pd.DataFrame]] = field(default_factory=lambda: {t: [] for t in EXTRACTED_TABLES})
    errors: list[dict] = field(default_factory=list)
    extracted: int = 0  # articles run through the extractors
    reused: int = 0  # articles whose facts came from the cache

    def add_batch(self, rows: dict[str, list]) -> None:
        for table, table_rows in rows.items():
            self.parts[table].append(to_frame(table, table_rows))

    def row_count(self, table: str) -> int:
        return sum(len(part) for part in self.parts[table])

    def frames(self) -> dict[str, pd.DataFrame]:
        return {table: pd.concat(parts, ignore_index=True) if parts else to_frame(table, [])
                for table, parts in self.parts.items()}

    def error_frame(self) -> pd.DataFrame:
        return to_frame("quarantine", self.errors)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_corpus(articles: Iterable[SourceArticle], cache: FactCache | None = None,
                   runner: Runner | None = None, batch_size: int = BATCH_SIZE) -> CorpusRows:
    runner = runner or LocalRunner(workers=1)
    out = CorpusRows()
    for batch in batched(articles, batch_size):
        cached = cache.get_many(a.sha256 for a in batch) if cache is not None else {}
        todo = [a for a in batch if a.sha256 not in cached]
        fresh = dict(zip((a.sha256 for a in todo), runner.map(safe_extract, [a.text for a in todo])))
        if cache is not None:
            cache.put_many({sha: rows for sha, rows in fresh.items() if isinstance(rows, ArticleRows)})
        out.extracted += len(todo)
        out.reused += len(batch) - len(todo)
        batch_rows: dict[str, list] = {table: [] for table in EXTRACTED_TABLES}
        for article in batch:
            rows = cached[article.sha256] if article.sha256 in cached else fresh[article.sha256]
            if isinstance(rows, str):
                out.errors.append(quarantine_row("articles", article.article_id, "extraction_error",
                                                 f"Extraction failed: {rows}."))
                continue
            batch_rows["articles"].append(article_row(article, rows))
            for table, table_rows in fact_rows(article.article_id, rows).items():
                batch_rows[table].extend(table_rows)
        out.add_batch(batch_rows)
    return out
