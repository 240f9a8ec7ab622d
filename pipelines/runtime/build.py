"""The validated tables, built from the article file one batch at a time, without an orchestrator.

Each batch is extracted (or taken from the cache), validated against the schemas and appended to the
table files; rows that fail go to quarantine with the reason. Memory holds one batch, the quarantine and
some counts, whatever the size of the corpus.

A refresh carries over the rows of every article that has not changed since the last build (same id, text,
file and encoding, same code) from that build's tables: they were validated and checked when written, so
only new and changed articles are extracted, validated and checked again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import schemas
from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.read.reader import SourceArticle
from pipelines.runtime.batches import DEFAULT_TIME_BUDGET, extract_batch
from pipelines.runtime.cache import FactCache
from pipelines.runtime.identities import resolve_identities
from pipelines.runtime.ingest import content_hashes, duplicates_of, iter_articles
from pipelines.runtime.progress import Progress
from pipelines.runtime.runners import Runner
from pipelines.tables.files import TableWriter, arrow_schema, conform, read_id_span, to_arrow
from pipelines.tables.rows import (
    EXTRACTED_TABLES,
    FACT_TABLES,
    Validated,
    null_dates_out_of_range,
    number_repeats,
    offsets_exact,
    validate,
    validate_each_article,
)

PUBLISHED_TABLES = (*EXTRACTED_TABLES, "entities", "quarantine")
PREVIEW_ROWS = 10
MAX_EXAMPLES = 20
STAMP = "build.json"  # in a finished tables folder: the version of the code that wrote it
_PACKAGES = tuple(
    p for p in Path(__file__).resolve().parents[1].rglob("*") if p.is_dir() and p.name != "__pycache__"
) + (Path(schemas.__file__).parent,)


def tables_version() -> str:
    """Fingerprint of all that decides a table's rows: the extractors, the schemas, the code that writes rows."""
    from pipelines.extract.version import extractor_version

    digest = hashlib.sha256(extractor_version().encode())
    for path in sorted(p for folder in _PACKAGES for p in folder.iterdir() if p.suffix in {".py", ".csv"}):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class TableReport:
    """What a build did with one table: rows published, validated and quarantined; offsets re-checked."""

    rows: int = 0  # published
    rows_in: int = 0  # given to validation in this build: each is published or quarantined
    quarantined: int = 0
    carried_over: int = 0  # published rows of unchanged articles, validated by an earlier build
    merged: int = 0  # rows validated, then folded into another row of the same entity (actors)
    offsets_checked: int = 0  # rows validated in this build whose offsets were checked again before writing
    offsets_wrong: int = 0
    wrong_examples: list[dict] = field(default_factory=list)
    head: pd.DataFrame | None = None  # the first published rows

    def add_validated(self, checked: Validated) -> None:
        self.rows_in += checked.rows_in
        self.quarantined += len(checked.quarantined)

    def add_published(self, rows: pa.Table) -> None:
        self.rows += rows.num_rows
        have = 0 if self.head is None else len(self.head)
        if have < PREVIEW_ROWS:
            more = rows.slice(0, PREVIEW_ROWS - have).to_pandas()
            self.head = more if self.head is None else pd.concat([self.head, more], ignore_index=True)

    def add_offsets(self, valid: pd.DataFrame, texts: Mapping[str, str]) -> None:
        exact = offsets_exact(valid, texts)
        wrong = valid.loc[~exact, ["article_id", "char_start", "char_end", "text"]]
        self.offsets_checked += len(valid)
        self.offsets_wrong += len(wrong)
        self.wrong_examples += wrong.head(MAX_EXAMPLES - len(self.wrong_examples)).astype(str).to_dict("records")


@dataclass(slots=True)
class BuildReport:
    tables: dict[str, TableReport] = field(default_factory=lambda: {t: TableReport() for t in PUBLISHED_TABLES})
    extracted: int = 0  # articles run through the extractors
    reused: int = 0  # articles whose rows came from the last build's tables or from the cache
    carried_over: int = 0  # of those, articles whose rows came from the last build's tables
    extraction_errors: int = 0
    input_rejections: int = 0
    cache_entries_dropped: int = 0

    @property
    def articles_quarantined(self) -> int:
        """Files rejected on input, failed extractions, and article rows that failed the schema."""
        return self.input_rejections + self.extraction_errors + self.tables["articles"].quarantined


class PreviousBuild:
    """The tables of the last finished build, when the same code wrote them: rows of unchanged articles."""

    def __init__(self, folder: Path, version: str):
        self.folder = folder
        stamp = folder / STAMP
        self.usable = stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")).get("version") == version

    def rows(self, table: str, batch: list[SourceArticle]) -> pa.Table:
        """The table's rows of the batch's id range."""
        return conform(table, read_id_span(self.folder / f"{table}.parquet", batch[0].article_id, batch[-1].article_id))

    def carry_over(self, batch: list[SourceArticle], duplicate_of: Mapping[str, str]) -> dict[str, pa.Table]:
        """Each table's rows of the batch's articles that the last build published from the same text, file
        and encoding (none: empty), and as `quarantine` their fact rows that it quarantined."""
        old_articles = self.rows("articles", batch)
        keys = ("article_id", "content_sha256", "source_file", "encoding")
        known = set(zip(*(old_articles.column(k).to_pylist() for k in keys), strict=False))
        unchanged = sorted(a.article_id for a in batch if (a.article_id, a.sha256, a.source_file, a.encoding) in known)
        if not unchanged:
            return {}
        ids = pa.array(unchanged, pa.large_string())
        kept = {}
        for table in EXTRACTED_TABLES:
            old = old_articles if table == "articles" else self.rows(table, batch)
            kept[table] = old.filter(pc.is_in(old.column("article_id"), value_set=ids))
        kept["articles"] = _with_duplicates(kept["articles"], duplicate_of)
        kept["quarantine"] = pq.read_table(
            self.folder / "quarantine.parquet",
            filters=[
                [("dataset", "in", list(FACT_TABLES)), ("source", "in", unchanged)],
                [("reason_code", "=", "value_out_of_range"), ("source", "in", unchanged)],
            ],
        )  # they would fail again (and dates out of range are out of range again)
        return kept


def build_tables(
    raw_path: Path,
    folder: Path,
    input_rejections: pd.DataFrame,
    cache: FactCache | None = None,
    runner: Runner | None = None,
    settings: CorpusSettings | None = None,
    run_id: str = "",
    budget: float = DEFAULT_TIME_BUDGET,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Write every published table to `folder` (replaced when complete) from the articles `ingest` wrote.

    Without a cache, every article is extracted again and nothing is carried over. Rows are carried over only
    from a build by the same code under the same corpus settings. An article whose extraction takes longer
    than `budget` seconds is quarantined. A build of many articles tells `progress` how far it is.
    """
    settings = settings or default_settings()
    version = f"{tables_version()}-{settings.fingerprint()}"
    previous = PreviousBuild(folder, version) if cache is not None else None
    report = BuildReport(input_rejections=len(input_rejections))
    set_aside = [input_rejections]
    partial = folder.with_name(f"{folder.name}.partial-{uuid.uuid4().hex[:8]}")
    try:
        with contextlib.ExitStack() as stack:
            writers = {table: stack.enter_context(TableWriter(partial, table)) for table in EXTRACTED_TABLES}
            done = Progress(pq.ParquetFile(raw_path).metadata.num_rows, progress)
            for batch in iter_articles(raw_path):
                duplicate_of = duplicates_of(raw_path, batch)
                kept = previous.carry_over(batch, duplicate_of) if previous is not None and previous.usable else {}
                if kept:
                    carried = set(kept["articles"].column("article_id").to_pylist())
                    report.carried_over += len(carried)
                    set_aside.append(kept.pop("quarantine").to_pandas())
                    batch = [a for a in batch if a.article_id not in carried]
                    done.advance(len(carried))
                rows = extract_batch(batch, cache, runner, settings, budget, on_done=done.advance)
                report.extracted += rows.extracted
                report.reused += rows.reused
                report.extraction_errors += len(rows.errors)
                set_aside.append(rows.error_frame())
                texts = {a.article_id: a.text for a in batch}
                for table, frame in rows.frames().items():
                    if table == "articles":
                        frame["duplicate_of"] = frame["article_id"].map(duplicate_of)
                    published = _validated(table, frame, texts, report.tables[table], set_aside)
                    if table in kept:
                        report.tables[table].carried_over += kept[table].num_rows
                        published = pa.concat_tables([published, kept[table]]).sort_by(
                            [(key, "ascending") for key in schemas.SORT_KEYS[table]]
                        )
                    writers[table].write(published)
                    report.tables[table].add_published(published)
        report.reused += report.carried_over
        _resolve_identities(partial, folder, report, settings.reporting_country or None)
        _write_quarantine(partial, set_aside, report.tables["quarantine"])
        (partial / STAMP).write_text(json.dumps({"version": version, "run": run_id}), encoding="utf-8")
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if cache is not None:
        report.cache_entries_dropped = cache.retain(content_hashes(raw_path))
    _replace_folder(partial, folder)
    return report


def _resolve_identities(partial: Path, folder: Path, report: BuildReport, home: str | None) -> None:
    """The corpus-level step: one id per real-world actor across articles, and the entities table."""
    result = resolve_identities(partial, folder if folder.exists() else None, home)
    actors = report.tables["actors"]
    actors.merged, actors.head = result.merged, None
    actors.add_published(pq.ParquetFile(partial / "actors.parquet").read_row_group(0).slice(0, PREVIEW_ROWS))
    actors.rows = result.actors
    entities = report.tables["entities"]
    entities.rows_in = result.entities.num_rows
    entities.add_published(result.entities)


def _validated(
    table: str, frame: pd.DataFrame, texts: Mapping[str, str], table_report: TableReport, set_aside: list[pd.DataFrame]
) -> pa.Table:
    """The rows of a batch that pass the schema (and sit at their offsets), ready to write; the rest set aside."""
    if frame.empty:  # e.g. a batch of unchanged articles: nothing to validate
        return arrow_schema(table).empty_table()
    frame, notes = null_dates_out_of_range(table, frame)
    set_aside.append(notes)
    checked = validate_each_article(table, frame, texts if table in FACT_TABLES else None)
    table_report.add_validated(checked)
    set_aside.append(checked.quarantined)
    if table in FACT_TABLES:
        table_report.add_offsets(checked.valid, texts)
    return to_arrow(table, checked.valid)


def _with_duplicates(articles: pa.Table, duplicate_of: Mapping[str, str]) -> pa.Table:
    """Carried-over article rows with `duplicate_of` as of this build (a new article may be the first of a story)."""
    values = pa.array([duplicate_of.get(a) for a in articles.column("article_id").to_pylist()], pa.large_string())
    column = articles.schema.get_field_index("duplicate_of")
    return articles.set_column(column, articles.schema.field(column), values)


def _write_quarantine(folder: Path, parts: list[pd.DataFrame], table_report: TableReport) -> None:
    parts = [part for part in parts if len(part)]
    rows = arrow_schema("quarantine").empty_table()
    if parts:  # nothing set aside: nothing to validate
        checked = validate("quarantine", number_repeats(pd.concat(parts, ignore_index=True)))
        table_report.add_validated(checked)
        rows = to_arrow("quarantine", checked.valid)
    with TableWriter(folder, "quarantine") as writer:
        writer.write(rows)
    table_report.add_published(rows)


def _replace_folder(new: Path, folder: Path) -> None:
    """Put `new` in the place of `folder`, so that a failed build leaves the last finished one in place."""
    old = folder.with_name(f"{folder.name}.old-{uuid.uuid4().hex[:8]}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)
