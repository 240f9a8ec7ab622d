"""Extract batches of articles into table rows, in parallel, reusing cached results.

An article whose extraction raises is quarantined with the error, never dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from pipelines.extract.article import extract_article
from pipelines.extract.settings import CorpusSettings
from pipelines.read.reader import SourceArticle
from pipelines.runtime.cache import FactCache, cached_map
from pipelines.runtime.ingest import batches_of
from pipelines.runtime.runners import LocalRunner, Runner
from pipelines.tables.rows import (
    EXTRACTED_TABLES,
    ArticleRows,
    article_row,
    article_rows,
    fact_rows,
    quarantine_row,
    to_frame,
)


def safe_extract(text: str, settings: CorpusSettings | None = None) -> ArticleRows | str:
    """The article's rows, or the error as text (exceptions must not cross process boundaries unannounced)."""
    try:
        facts = extract_article(text, settings)
    except Exception as exc:  # one bad article must not stop the build
        return f"{type(exc).__name__}: {exc}"
    return article_rows(facts)  # outside the try: a failure here is a bug, not a bad article


@dataclass(slots=True)
class BatchRows:
    """The rows of a batch of articles, table by table, and the articles whose extraction failed."""

    rows: dict[str, list] = field(default_factory=lambda: {t: [] for t in EXTRACTED_TABLES})
    errors: list[dict] = field(default_factory=list)  # quarantine rows
    extracted: int = 0  # articles run through the extractors
    reused: int = 0  # articles whose rows came from the cache

    def frames(self) -> dict[str, pd.DataFrame]:
        return {table: to_frame(table, rows) for table, rows in self.rows.items()}

    def error_frame(self) -> pd.DataFrame:
        return to_frame("quarantine", self.errors)


def extract_batch(
    batch: list[SourceArticle],
    cache: FactCache | None = None,
    runner: Runner | None = None,
    settings: CorpusSettings | None = None,
) -> BatchRows:
    """Rows of every table for a batch of articles: cached rows where the text is known, else extracted.

    The cache must be keyed by the settings too (see `cache_version`)."""
    results, computed = cached_map(
        functools.partial(safe_extract, settings=settings),
        {a.sha256: a.text for a in batch},
        cache,
        runner or LocalRunner(workers=1),
        cacheable=lambda rows: isinstance(rows, ArticleRows),
    )  # errors are retried
    out = BatchRows(extracted=computed, reused=len(batch) - computed)
    for article in batch:
        rows = results[article.sha256]
        if isinstance(rows, str):
            out.errors.append(
                quarantine_row("articles", article.article_id, "extraction_error", f"Extraction failed: {rows}.")
            )
            continue
        out.rows["articles"].append(article_row(article, rows))
        for table, table_rows in fact_rows(article.article_id, rows).items():
            out.rows[table].extend(table_rows)
    return out


@dataclass(slots=True)
class CorpusRows:
    """Every table of a corpus extracted in memory, one frame per table (for small corpora and libraries)."""

    frames: dict[str, pd.DataFrame]
    errors: pd.DataFrame
    extracted: int
    reused: int


def extract_corpus(
    articles: Iterable[SourceArticle],
    cache: FactCache | None = None,
    runner: Runner | None = None,
    settings: CorpusSettings | None = None,
) -> CorpusRows:
    batches = [extract_batch(batch, cache, runner, settings) for batch in batches_of(articles)]
    parts = [b.frames() for b in batches]
    frames = {
        table: pd.concat([p[table] for p in parts], ignore_index=True) if parts else to_frame(table, [])
        for table in EXTRACTED_TABLES
    }
    return CorpusRows(
        frames=frames,
        errors=to_frame("quarantine", [e for b in batches for e in b.errors]),
        extracted=sum(b.extracted for b in batches),
        reused=sum(b.reused for b in batches),
    )
