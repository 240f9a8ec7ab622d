"""Read an input folder into one Parquet file of article texts, batch by batch, and find the duplicate articles.

The file holds every readable article once, in article-id order, a row group per batch: later steps read it
back a batch at a time, so no step holds the whole corpus. Each article is fingerprinted (a MinHash
signature, cached by content hash, computed on the extraction workers) to find syndicated copies.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.cache import FactCache
from pipelines.duplicates import find_duplicates, signature
from pipelines.reader import DEFAULT_MAX_BYTES, RejectedFile, SkippedEntry, SourceArticle, file_stamp, iter_input
from pipelines.runners import LocalRunner, Runner

RAW_COLUMNS = ["article_id", "source_file", "encoding", "text", "stamp", "sha256"]
_RAW_SCHEMA = pa.schema([(column, pa.string()) for column in RAW_COLUMNS])
# A batch ends at whichever comes first: memory is bounded by characters, worker hand-offs by articles.
BATCH_ARTICLES = 2000
BATCH_CHARS = 20_000_000


@dataclass(slots=True)
class Ingested:
    """What a read of the input folder found: the articles as counts (their texts are in the file)."""
    rejected: list[RejectedFile] = field(default_factory=list)
    skipped: list[SkippedEntry] = field(default_factory=list)
    articles: int = 0
    words: int = 0
    duplicate_of: dict[str, str] = field(default_factory=dict)  # article_id -> first article of its story
    signatures_computed: int = 0
    files_unchanged: int = 0  # articles taken from the last ingest without reading their files

    @property
    def files_read(self) -> int:
        return self.articles + len(self.rejected)


def batches_of(articles: Iterable[SourceArticle]) -> Iterator[list[SourceArticle]]:
    batch: list[SourceArticle] = []
    chars = 0
    for article in articles:
        batch.append(article)
        chars += len(article.text)
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


class PreviousTexts:
    """The articles of the last ingest, looked up in article-id order, one row group in memory at a time."""

    def __init__(self, raw_path: Path):
        self._file = pq.ParquetFile(raw_path) if raw_path.exists() else None
        if self._file is not None and not self._file.schema_arrow.equals(_RAW_SCHEMA):
            self._file = None  # written by another version of this code: every file is read again
        self._next_group = 0
        self._rows: dict[str, dict] = {}
        self._last_id = ""  # of the rows in memory; ids are never empty
        self.reused = 0

    def unchanged(self, path: Path) -> SourceArticle | None:
        """The article read from `path` last time, if the file has the same size and modification time."""
        article_id = path.stem
        while self._file is not None and self._next_group < self._file.num_row_groups and self._last_id < article_id:
            rows = self._file.read_row_group(self._next_group).to_pylist()
            self._next_group += 1
            self._rows = {row["article_id"]: row for row in rows}
            self._last_id = rows[-1]["article_id"] if rows else self._last_id
        row = self._rows.get(article_id)
        if row is None or row["source_file"] != path.name or row["stamp"] != file_stamp(path):
            return None
        self.reused += 1
        return SourceArticle(**row)


def ingest(input_dir: Path, raw_path: Path, signatures: FactCache | None = None, runner: Runner | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Write every article of `input_dir` to `raw_path` and account for every other entry.

    With a cache, a file that has the same size and modification time as at the last ingest is not read
    again: its text comes from the last file. The file is written beside its final name and moved into
    place when complete.
    """
    runner = runner or LocalRunner(workers=1)
    out = Ingested()
    fingerprints: list[tuple[str, str, bytes]] = []
    previous = PreviousTexts(raw_path) if signatures is not None else None

    def articles() -> Iterator[SourceArticle]:
        for entry in iter_input(input_dir, max_bytes, previous.unchanged if previous is not None else None):
            if isinstance(entry, SourceArticle):
                yield entry
            else:
                (out.rejected if isinstance(entry, RejectedFile) else out.skipped).append(entry)

    partial = raw_path.with_name(raw_path.name + ".partial")
    raw_path.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(partial, _RAW_SCHEMA) as writer:
        for batch in batches_of(articles()):
            writer.write_table(pa.Table.from_pylist([{c: getattr(a, c) for c in RAW_COLUMNS} for a in batch],
                                                    schema=_RAW_SCHEMA))
            out.articles += len(batch)
            out.words += sum(len(a.text.split()) for a in batch)
            signed = _signatures(batch, signatures, runner)
            out.signatures_computed += len(batch) - len(signed.known)
            fingerprints.extend((a.article_id, a.sha256, signed.all[a.sha256]) for a in batch)
    os.replace(partial, raw_path)
    out.files_unchanged = previous.reused if previous is not None else 0
    if signatures is not None:
        signatures.retain(sha for _, sha, _ in fingerprints)
    out.duplicate_of = find_duplicates(fingerprints)
    return out


@dataclass(frozen=True, slots=True)
class _Signed:
    known: dict[str, bytes]  # from the cache
    all: dict[str, bytes]


def _signatures(batch: list[SourceArticle], cache: FactCache | None, runner: Runner) -> _Signed:
    known = cache.get_many(a.sha256 for a in batch) if cache is not None else {}
    todo = {a.sha256: a.text for a in batch if a.sha256 not in known}
    fresh = dict(zip(todo, runner.map(signature, list(todo.values()))))
    if cache is not None:
        cache.put_many(fresh)
    return _Signed(known, {**known, **fresh})


def iter_articles(raw_path: Path) -> Iterator[list[SourceArticle]]:
    """The articles of a file written by `ingest`, a batch (row group) at a time."""
    file = pq.ParquetFile(raw_path)
    for i in range(file.num_row_groups):
        yield [SourceArticle(**row) for row in file.read_row_group(i).to_pylist()]


def article_count(raw_path: Path) -> int:
    return pq.ParquetFile(raw_path).metadata.num_rows
