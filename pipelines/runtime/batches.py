"""Extract batches of articles into table rows, in parallel, reusing cached results.

An article whose extraction raises is quarantined with the error, never dropped.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from pipelines.extract.settings import CorpusSettings, default_settings
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

# CPU seconds of extraction per article: an ordinary article takes a hundredth of one, a 1 MB article about 5 s.
DEFAULT_TIME_BUDGET = 10.0


@dataclass(frozen=True, slots=True)
class TimedOut:
    """The extraction of an article ran past its time budget."""

    budget: float


# Articles extracted between two progress reports: small enough to report often, large enough to keep every
# worker busy.
PROGRESS_STEP = 200


class _TimeUp(BaseException):  # not an Exception: no extractor's `except Exception` may swallow it
    pass


def _time_up(signum, frame):
    raise _TimeUp


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `_TimeUp` in this thread after `seconds` of the process's CPU time. CPU time, not wall time, so
    that a busy machine does not quarantine articles that would pass on an idle one: what gets published
    must not depend on the load. Only the main thread of a process receives signals: elsewhere (a Dask
    worker's thread) there is no limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _time_up)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def safe_extract(text: str, settings: CorpusSettings | None = None, budget: float = 0) -> ArticleRows | TimedOut | str:
    """The article's rows, the time budget it ran past, or the error as text (exceptions must not cross
    process boundaries unannounced)."""
    if budget > 0:
        _warm_up(settings)
    try:
        from pipelines.extract.actors.ner import load_model
        from pipelines.extract.article import extract_article  # loaded where articles are extracted, once
        from pipelines.extract.language import load_language_model

        load_language_model()  # once per process, and not on the first article's time budget
        load_model((settings or default_settings()).person_model)
        with time_limit(budget):
            facts = extract_article(text, settings)
    except _TimeUp:
        return TimedOut(budget)
    except Exception as exc:  # one bad article must not stop the build
        return f"{type(exc).__name__}: {exc}"
    return article_rows(facts)  # outside the try: a failure here is a bug, not a bad article


_WARM_UP_TEXT = " date 2024-01-01\nPakistan and Turkey agreed on Monday to raise trade to $5 billion by 2026.\n"


@functools.cache
def _warm_up(settings: CorpusSettings | None) -> None:
    """Load the extractors' knowledge (a few seconds, once per process) before any article's time is counted:
    a load cut short by the alarm would leave it half made. The fork server does it once for every worker."""
    from pipelines.extract.actors.ner import load_model
    from pipelines.extract.article import extract_article

    load_model((settings or default_settings()).person_model)
    extract_article(_WARM_UP_TEXT, settings)


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
    budget: float = DEFAULT_TIME_BUDGET,
    on_done: Callable[[int], None] | None = None,
) -> BatchRows:
    """Rows of every table for a batch of articles: cached rows where the text is known, else extracted, each
    article within `budget` seconds (0: no limit). `on_done` is told how many articles are done, a part of
    the batch at a time.

    The cache must be keyed by the settings too (see `cache_version`)."""
    out = BatchRows()
    step = PROGRESS_STEP if on_done is not None else max(1, len(batch))
    for start in range(0, len(batch), step):
        part = batch[start : start + step]
        results, computed = cached_map(
            functools.partial(safe_extract, settings=settings, budget=budget),
            {a.sha256: a.text for a in part},
            cache,
            runner or LocalRunner(workers=1),
            cacheable=lambda rows: isinstance(rows, ArticleRows),  # errors and time-outs are tried again
        )
        out.extracted += computed
        out.reused += len(part) - computed
        _collect(out, part, results)
        if on_done is not None:
            on_done(len(part))
    return out


def _collect(out: BatchRows, batch: list[SourceArticle], results: dict) -> None:
    for article in batch:
        rows = results[article.sha256]
        if isinstance(rows, TimedOut):
            reason = (
                f"{article.source_file}: extraction ran past the time budget of {rows.budget:g} CPU seconds per "
                "article; the article is not published (a larger budget, --time-budget, lets it finish)."
            )
            out.errors.append(quarantine_row("articles", article.article_id, "extraction_timeout", reason))
            continue
        if isinstance(rows, str):
            out.errors.append(
                quarantine_row(
                    "articles",
                    article.article_id,
                    "extraction_error",
                    f"{article.source_file}: extraction failed: {rows}.",
                )
            )
            continue
        out.rows["articles"].append(article_row(article, rows))
        for table, table_rows in fact_rows(article.article_id, rows).items():
            out.rows[table].extend(table_rows)


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
    budget: float = DEFAULT_TIME_BUDGET,
) -> CorpusRows:
    batches = [extract_batch(batch, cache, runner, settings, budget) for batch in batches_of(articles)]
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
