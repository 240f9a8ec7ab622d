"""Read an input folder into one Parquet file of article texts, batch by batch, and find the duplicate articles.

The file holds every readable article once, in article-id order, a row group per batch: later steps read it
back a batch at a time, so no step holds the whole corpus. Each article is fingerprinted (a MinHash
signature, cached by content hash, computed on the extraction workers) to find syndicated copies; the
search's index is kept, so a refresh searches only from the first article that changed.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.read.duplicates import DuplicateIndex, signature
from pipelines.read.reader import (
    DEFAULT_MAX_BYTES,
    RejectedFile,
    SkippedEntry,
    SourceArticle,
    display_name,
    file_stamp,
    iter_input,
    reader_version,
)
from pipelines.runtime.cache import FactCache, cached_map
from pipelines.runtime.runners import LocalRunner, Runner
from pipelines.tables.files import read_id_span

ARTICLE_COLUMNS = ["article_id", "source_file", "encoding", "text", "stamp", "sha256"]  # of a SourceArticle
_RAW_SCHEMA = pa.schema(
    [*((column, pa.string()) for column in ARTICLE_COLUMNS), ("words", pa.int64()), ("signature", pa.binary())]
)
_LINKS_SCHEMA = pa.schema([("article_id", pa.string()), ("duplicate_of", pa.string())])
# A batch ends at whichever comes first: memory is bounded by characters, worker hand-offs by articles.
BATCH_ARTICLES = 2000
BATCH_CHARS = 20_000_000
INDEX_FILE = "duplicate_index.sqlite"  # the duplicate search's index, kept for the next ingest


@dataclass(slots=True)
class Ingested:
    """What a read of the input folder found: the articles as counts (their texts are in the file)."""

    rejected: list[RejectedFile] = field(default_factory=list)
    skipped: list[SkippedEntry] = field(default_factory=list)
    articles: int = 0
    words: int = 0
    duplicates: int = 0  # articles that repeat an earlier article's story (see `duplicates_path`)
    signatures_computed: int = 0
    files_unchanged: int = 0  # articles taken from the last ingest without reading their files
    articles_searched: int = 0  # articles the duplicate search looked at (the others kept their links)

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

    def __init__(self, raw_path: Path, settings: str):
        self._file = pq.ParquetFile(raw_path) if raw_path.exists() else None
        if self._file is not None and (
            not self._file.schema_arrow.equals(_RAW_SCHEMA)
            or (self._file.schema_arrow.metadata or {}).get(b"settings") != settings.encode()
        ):
            self._file = None  # written by other code or with other settings: every file is read again
        self._next_group = 0
        self._rows: dict[str, dict] = {}
        self._last_id = ""  # of the rows in memory; ids are never empty
        self.reused = 0
        self.known: dict[str, tuple[int, bytes]] = {}  # words and signature of articles handed out, until taken

    def unchanged(self, path: Path) -> SourceArticle | None:
        """The article read from `path` last time, if the file has the same size and modification time."""
        article_id = path.stem
        while self._file is not None and self._next_group < self._file.num_row_groups and self._last_id < article_id:
            rows = self._file.read_row_group(self._next_group).to_pylist()
            self._next_group += 1
            self._rows = {row["article_id"]: row for row in rows}
            self._last_id = rows[-1]["article_id"] if rows else self._last_id
        row = self._rows.get(article_id)
        if row is None or row["source_file"] != display_name(path.name):
            return None
        try:
            if row["stamp"] != file_stamp(path):
                return None
        except OSError:  # removed or unreadable since the listing: reading it says why
            return None
        self.reused += 1
        self.known[article_id] = (row.pop("words"), row.pop("signature"))
        return SourceArticle(**row)


def ingest(
    input_dir: Path,
    raw_path: Path,
    signatures: FactCache | None = None,
    runner: Runner | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Ingested:
    """Write every article of `input_dir` to `raw_path`, and its duplicates to `duplicates_path(raw_path)`.

    Every other entry is accounted for in the result. With a cache, a file that has the same size and
    modification time as at the last ingest is not read again: its text comes from the last file. The files
    are written beside their final names and moved into place when complete.
    """
    runner = runner or LocalRunner(workers=1)
    out = Ingested()
    settings = f"{reader_version()}:{max_bytes}"  # a text read under other settings may not be read again
    previous = PreviousTexts(raw_path, settings) if signatures is not None else None

    def articles() -> Iterator[SourceArticle]:
        for entry in iter_input(input_dir, max_bytes, previous.unchanged if previous is not None else None):
            if isinstance(entry, SourceArticle):
                yield entry
            else:
                (out.rejected if isinstance(entry, RejectedFile) else out.skipped).append(entry)

    raw_path.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:8]  # two runs at once never write the same file
    links = duplicates_path(raw_path)
    partial, partial_links = raw_path.with_name(f"{raw_path.name}.{token}"), links.with_name(f"{links.name}.{token}")
    kept_index = raw_path.with_name(INDEX_FILE)
    index_path = raw_path.with_name(f"{INDEX_FILE}.{token}")
    if signatures is not None and kept_index.exists():
        shutil.copyfile(kept_index, index_path)  # the last ingest's search, resumed where the articles changed
    index = DuplicateIndex(index_path)
    search = _ResumedSearch(index, links if signatures is not None else None)
    links_schema = _LINKS_SCHEMA.with_metadata({"index_run": token})
    try:
        with (
            pq.ParquetWriter(partial, _RAW_SCHEMA.with_metadata({"settings": settings})) as writer,
            pq.ParquetWriter(partial_links, links_schema) as link_writer,
        ):
            for batch in batches_of(articles()):
                words, signed, computed = _words_and_signatures(batch, previous, signatures, runner)
                writer.write_table(
                    pa.Table.from_pylist(
                        [
                            {**{c: getattr(a, c) for c in ARTICLE_COLUMNS}, "words": n, "signature": signed[a.sha256]}
                            for a, n in zip(batch, words, strict=False)
                        ],
                        schema=_RAW_SCHEMA,
                    )
                )
                out.articles += len(batch)
                out.words += sum(words)
                out.signatures_computed += computed
                found = search.add([(a.article_id, a.sha256, signed[a.sha256]) for a in batch])
                link_writer.write_table(
                    pa.table({"article_id": list(found), "duplicate_of": list(found.values())}, schema=links_schema)
                )
                out.duplicates += len(found)
        search.finish()
        index.set("run", token)  # pairs the index with the links file written beside it
        index.close()
        os.replace(partial, raw_path)
        os.replace(partial_links, links)
        if signatures is not None:
            os.replace(index_path, kept_index)
        out.articles_searched = search.searched
    finally:
        index.close()
        for scratch in (index_path, partial, partial_links):
            scratch.unlink(missing_ok=True)
    out.files_unchanged = previous.reused if previous is not None else 0
    if signatures is not None:
        signatures.retain(content_hashes(raw_path))
    return out


class _ResumedSearch:
    """The duplicate search over articles in id order, resumed from the last ingest's index.

    The articles before the first one that was added, changed or removed since then keep their links from
    the last links file; the index forgets everything from that article on and searches from there.
    """

    def __init__(self, index: DuplicateIndex, last_links: Path | None):
        self._index = index
        usable = last_links is not None and last_links.exists() and index.get("run") == _links_run(last_links)
        self._last_links = last_links
        self._stored = index.articles() if usable else iter(())
        self._next_stored = next(self._stored, None)
        self._resumed = False
        self.searched = 0  # articles the search looked at; the others kept their links

    def add(self, batch: list[tuple[str, str, bytes]]) -> dict[str, str]:
        if self._resumed:
            self.searched += len(batch)
            return self._index.add(batch)
        same = 0
        while same < len(batch) and self._next_stored == batch[same][:2]:
            same += 1
            self._next_stored = next(self._stored, None)
        found = _links_between(self._last_links, batch[0][0], batch[same - 1][0]) if same else {}
        if same < len(batch):
            self._resume_at(batch[same][0])
            self.searched += len(batch) - same
            found.update(self._index.add(batch[same:]))
        return found

    def finish(self) -> None:
        if not self._resumed and self._next_stored is not None:  # the last articles were removed
            self._resume_at(self._next_stored[0])

    def _resume_at(self, article_id: str) -> None:
        # A removed article before this one is where the search must start.
        first = min(article_id, self._next_stored[0]) if self._next_stored else article_id
        self._index.truncate(first)
        self._resumed = True


def _links_run(links: Path) -> str | None:
    try:
        metadata = pq.read_schema(links).metadata or {}
    except (OSError, pa.ArrowInvalid):  # unreadable: the search starts afresh
        return None
    run = metadata.get(b"index_run")
    return run.decode() if run else None


def _links_between(links: Path, first: str, last: str) -> dict[str, str]:
    table = read_id_span(links, first, last)
    return dict(zip(table.column("article_id").to_pylist(), table.column("duplicate_of").to_pylist(), strict=False))


def _words_and_signatures(
    batch: list[SourceArticle], previous: PreviousTexts | None, cache: FactCache | None, runner: Runner
) -> tuple[list[int], dict[str, bytes], int]:
    """Each article's word count and its signature by text hash (from the last ingest for an unchanged file),
    and how many signatures were computed."""
    known = {
        a.article_id: previous.known.pop(a.article_id)
        for a in batch
        if previous is not None and a.article_id in previous.known
    }
    words = [known[a.article_id][0] if a.article_id in known else len(a.text.split()) for a in batch]
    signed, computed = cached_map(
        signature, {a.sha256: a.text for a in batch if a.article_id not in known}, cache, runner
    )
    signed.update((a.sha256, known[a.article_id][1]) for a in batch if a.article_id in known)
    return words, signed, computed


def duplicates_path(raw_path: Path) -> Path:
    """Where `ingest` writes each duplicate article with the first article of its story, in article-id order."""
    return raw_path.with_name("duplicates.parquet")


def duplicates_of(raw_path: Path, batch: list[SourceArticle]) -> dict[str, str]:
    """The duplicates among a batch of articles (in article-id order): article_id -> first article of its story."""
    return _links_between(duplicates_path(raw_path), batch[0].article_id, batch[-1].article_id)


def content_hashes(raw_path: Path) -> Iterator[str]:
    """The SHA-256 of every article text in a file written by `ingest`, a row group at a time."""
    file = pq.ParquetFile(raw_path)
    for i in range(file.num_row_groups):
        yield from file.read_row_group(i, columns=["sha256"]).column("sha256").to_pylist()


def iter_articles(raw_path: Path) -> Iterator[list[SourceArticle]]:
    """The articles of a file written by `ingest`, a batch (row group) at a time."""
    file = pq.ParquetFile(raw_path)
    for i in range(file.num_row_groups):
        yield [SourceArticle(**row) for row in file.read_row_group(i, columns=ARTICLE_COLUMNS).to_pylist()]
