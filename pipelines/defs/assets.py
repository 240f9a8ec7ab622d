"""The asset graph: input folder -> raw articles -> extracted facts -> validated tables -> published datasets."""

import time

import dagster as dg
import pandas as pd

import schemas
from pipelines.defs import checks
from pipelines.defs.metadata import table_metadata
from pipelines.cache import FactCache
from pipelines.defs.resources import CorpusPaths, ExtractionSettings
from pipelines.duplicates import SIGNATURE_VERSION
from pipelines.extract.article import extractor_version
from pipelines.extraction import extract_corpus
from pipelines.publish import publish
from pipelines.reader import SourceArticle, scan_input
from pipelines.tables import (EXTRACTED_TABLES, FACT_TABLES, mark_duplicates, rejected_file_row, rows_version, to_frame,
                             validate)

RAW_COLUMNS = ["article_id", "source_file", "encoding", "text"]
CACHE_FILE = "fact_cache.sqlite"
PUBLISHED_TABLES = (*EXTRACTED_TABLES, "quarantine")


def article_texts(paths: CorpusPaths) -> dict[str, str]:
    raw = paths.work_area().read("raw_articles")
    return dict(zip(raw["article_id"], raw["text"]))


@dg.asset(group_name="ingest", kinds={"python", "parquet"})
def raw_articles(context: dg.AssetExecutionContext, paths: CorpusPaths) -> dg.MaterializeResult:
    """Every file of the input folder: decoded article texts, rejected files with their reasons, skipped entries."""
    scan = scan_input(paths.input_path, paths.max_file_bytes)
    work = paths.work_area()
    work.write("raw_articles", pd.DataFrame({c: [getattr(a, c) for a in scan.articles] for c in RAW_COLUMNS},
                                            columns=RAW_COLUMNS))
    work.write("input_rejections", to_frame("quarantine", [rejected_file_row(r) for r in scan.rejected]))
    work.write_json("input_scan", {
        "input_dir": str(paths.input_path.resolve()),
        "files_read": scan.files_read,
        "articles": len(scan.articles),
        "rejected": len(scan.rejected),
        "skipped": [{"name": s.name, "reason": s.reason} for s in scan.skipped],
    })
    for skipped in scan.skipped:
        context.log.info(f"skipped {skipped.name}: {skipped.reason}")
    return dg.MaterializeResult(metadata={
        "input_dir": dg.MetadataValue.path(str(paths.input_path.resolve())),
        "files_read": scan.files_read,
        "articles": len(scan.articles),
        "files_quarantined": len(scan.rejected),
        "entries_skipped": len(scan.skipped),
        "words": sum(len(a.text.split()) for a in scan.articles),
    })


@dg.asset(group_name="extract", deps=[raw_articles], kinds={"python", "parquet"})
def extracted_facts(paths: CorpusPaths, extraction: ExtractionSettings) -> dg.MaterializeResult:
    """Metadata and facts of every article, before validation; unchanged articles come from the cache."""
    work = paths.work_area()
    raw = work.read("raw_articles")
    articles = [SourceArticle(**row) for row in raw[RAW_COLUMNS].to_dict("records")]
    runner = extraction.runner()
    started = time.perf_counter()
    with FactCache(work.root / CACHE_FILE, f"{extractor_version()}+{rows_version()}") as cache:
        try:
            result = extract_corpus(articles, cache if extraction.use_cache else None, runner)
        finally:
            runner.close()
        dropped = cache.retain(a.sha256 for a in articles)
    seconds = time.perf_counter() - started
    for table, frame in result.frames().items():
        work.write(f"extracted_{table}", frame)
    work.write("extraction_errors", result.error_frame())
    return dg.MaterializeResult(metadata={
        "extractor_version": extractor_version(),
        "articles_extracted": result.extracted,
        "articles_from_cache": result.reused,
        "cache_entries_dropped": dropped,
        "extraction_errors": len(result.errors),
        "seconds": round(seconds, 3),
        **{f"{table}_rows": result.row_count(table) for table in FACT_TABLES},
    })


def _table_spec(table: str, deps: list) -> dg.AssetSpec:
    return dg.AssetSpec(table, group_name="tables", deps=deps, kinds={"pandas", "parquet"},
                        description=(schemas.TABLES[table].__doc__ or "").strip())


# One step validates every table: a step per table cost a Dagster step and a re-read of the article texts
# each, a tenth of a one-article refresh. Each table stays its own asset, with its metadata and checks.
@dg.multi_asset(
    name="validated_tables",
    specs=[*(_table_spec(table, [extracted_facts]) for table in EXTRACTED_TABLES),
           _table_spec("quarantine", [raw_articles, extracted_facts, *EXTRACTED_TABLES])],
    check_specs=[spec for table in PUBLISHED_TABLES for spec in checks.check_specs(table)],
)
def validated_tables(paths: CorpusPaths):
    """Each extracted table through its schema; failing rows, rejected files and failed extractions to quarantine."""
    work = paths.work_area()
    texts = article_texts(paths)
    set_aside = [work.read("input_rejections"), work.read("extraction_errors")]
    published: dict[str, pd.DataFrame] = {}
    for table in EXTRACTED_TABLES:
        frame = work.read(f"extracted_{table}")
        if table == "articles":
            with FactCache(work.root / CACHE_FILE, SIGNATURE_VERSION, kind="signatures") as cache:
                frame = mark_duplicates(frame, cache)
        checked = validate(table, frame, texts if table in FACT_TABLES else None)
        work.write(table, checked.valid)
        set_aside.append(checked.quarantined)
        results = [checks.matches_schema(table, checked)]
        if table in FACT_TABLES:
            results.append(checks.offsets_check(table, checked.valid, texts))
        if table == "articles":
            results.append(checks.every_input_accounted_for(work, len(checked.valid), len(checked.quarantined)))
        published[table] = checked.valid
        yield dg.MaterializeResult(asset_key=table, check_results=results, metadata={
            **table_metadata(table, checked.valid, published["articles"]), "rows_quarantined": len(checked.quarantined)})

    parts = [part for part in set_aside if len(part)]
    checked = validate("quarantine", pd.concat(parts, ignore_index=True) if parts else to_frame("quarantine", []))
    work.write("quarantine", checked.valid)
    counts = checked.valid.groupby("reason_code").size().to_dict() if len(checked.valid) else {}
    yield dg.MaterializeResult(asset_key="quarantine", check_results=[checks.matches_schema("quarantine", checked)],
                               metadata={**table_metadata("quarantine", checked.valid),
                                         "by_reason": dg.MetadataValue.json(counts)})


@dg.asset(group_name="publish", deps=list(PUBLISHED_TABLES),
          kinds={"parquet", "csv"})
def published_datasets(paths: CorpusPaths) -> dg.MaterializeResult:
    """Every table as Parquet and CSV with datapackage.json, replacing the previous set all at once."""
    work = paths.work_area()
    tables = {table: work.read(table) for table in PUBLISHED_TABLES}
    files = publish(tables, paths.output_path)
    return dg.MaterializeResult(metadata={
        "output_dir": dg.MetadataValue.path(str(paths.output_path.resolve())),
        "files": dg.MetadataValue.json(files),
        **{f"{table}_rows": len(frame) for table, frame in tables.items()},
    })
