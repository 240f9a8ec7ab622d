"""The asset graph: input folder -> raw articles -> validated tables -> published datasets."""

import contextlib
import dataclasses
import json
import os
import time

import dagster as dg

import schemas
from pipelines.defs import checks
from pipelines.defs.asset_metadata import table_metadata
from pipelines.defs.resources import CorpusDefaults, CorpusPaths, ExtractionSettings
from pipelines.extract.article import extractor_version
from pipelines.read.changes import save_manifest, snapshot
from pipelines.read.duplicates import SIGNATURE_VERSION
from pipelines.runtime.build import PUBLISHED_TABLES, build_tables
from pipelines.runtime.cache import FactCache
from pipelines.runtime.ingest import ingest
from pipelines.tables.publish import MANIFEST, publish_folder
from pipelines.tables.rows import FACT_TABLES, rejected_file_row, rows_version, to_frame

CACHE_FILE = "fact_cache.sqlite"
RAW_FILE = "raw_articles.parquet"
TABLES_FOLDER = "tables"


@dg.asset(group_name="ingest", kinds={"python", "parquet"})
def raw_articles(
    context: dg.AssetExecutionContext, paths: CorpusPaths, extraction: ExtractionSettings
) -> dg.MaterializeResult:
    """Every file of the input folder: article texts, rejected files with their reasons, skipped entries, duplicates."""
    work = paths.work_area()
    seen = snapshot(paths.input_path)  # before reading: a file changed meanwhile is new at the next look
    with (
        FactCache(work.root / CACHE_FILE, SIGNATURE_VERSION, kind="signatures") as signatures,
        contextlib.closing(extraction.runner()) as runner,
    ):
        found = ingest(
            paths.input_path,
            work.root / RAW_FILE,
            signatures if extraction.use_cache else None,
            runner,
            paths.max_file_bytes,
        )
    work.write("input_rejections", to_frame("quarantine", [rejected_file_row(r) for r in found.rejected]))
    work.write_json(
        "input_scan",
        {
            "input_dir": str(paths.input_path.resolve()),
            "files_read": found.files_read,
            "articles": found.articles,
            "rejected": len(found.rejected),
            "skipped": [{"name": s.name, "reason": s.reason} for s in found.skipped],
            "duplicates": found.duplicates,
        },
    )
    save_manifest(paths.input_manifest("seen"), paths.input_path, seen)
    for skipped in found.skipped:
        context.log.info(f"skipped {skipped.name}: {skipped.reason}")
    return dg.MaterializeResult(
        metadata={
            "input_dir": dg.MetadataValue.path(str(paths.input_path.resolve())),
            "files_read": found.files_read,
            "articles": found.articles,
            "files_quarantined": len(found.rejected),
            "entries_skipped": len(found.skipped),
            "words": found.words,
            "files_unchanged": found.files_unchanged,
            "duplicates": found.duplicates,
            "signatures_computed": found.signatures_computed,
            "articles_searched_for_duplicates": found.articles_searched,
        }
    )


def _table_spec(table: str) -> dg.AssetSpec:
    return dg.AssetSpec(
        table,
        group_name="tables",
        deps=[raw_articles],
        kinds={"pandas", "parquet", "csv"},
        description=(schemas.TABLES[table].__doc__ or "").strip(),
    )


# One step extracts, validates and writes every table, a batch of articles at a time: a step per table
# would re-read every article. Each table stays its own asset, with its metadata and checks.
@dg.multi_asset(
    name="validated_tables",
    specs=[_table_spec(table) for table in PUBLISHED_TABLES],
    check_specs=[spec for table in PUBLISHED_TABLES for spec in checks.check_specs(table)],
)
def validated_tables(paths: CorpusPaths, extraction: ExtractionSettings, corpus: CorpusDefaults):
    """Each article's facts, extracted or from the cache, through the schemas; failing rows to quarantine."""
    work = paths.work_area()
    scan = work.read_json("input_scan")
    folder = work.root / TABLES_FOLDER
    started = time.perf_counter()
    settings = corpus.settings()
    with (
        FactCache(work.root / CACHE_FILE, f"{extractor_version()}+{rows_version()}+{settings.fingerprint()}") as cache,
        contextlib.closing(extraction.runner()) as runner,
    ):
        report = build_tables(
            work.root / RAW_FILE,
            folder,
            work.read("input_rejections"),
            cache if extraction.use_cache else None,
            runner,
            settings,
        )
    extraction_metadata = {
        "extractor_version": extractor_version(),
        "corpus_settings": dg.MetadataValue.json(dataclasses.asdict(settings)),
        "articles_extracted": report.extracted,
        "articles_from_cache": report.reused,
        "articles_carried_over": report.carried_over,
        "cache_entries_dropped": report.cache_entries_dropped,
        "extraction_errors": report.extraction_errors,
        "seconds": round(time.perf_counter() - started, 3),
    }
    for table in PUBLISHED_TABLES:
        table_report = report.tables[table]
        results = [checks.matches_schema(table, table_report)]
        if table in FACT_TABLES:
            results.append(checks.offsets_check(table, table_report))
        if table == "articles":
            results.append(checks.every_input_accounted_for(scan["files_read"], len(scan["skipped"]), report))
        metadata = table_metadata(table, folder, table_report.rows, table_report.head)
        if table == "articles":
            metadata.update(extraction_metadata)
        yield dg.MaterializeResult(
            asset_key=table, check_results=results, metadata={**metadata, "rows_quarantined": table_report.quarantined}
        )


@dg.asset(group_name="publish", deps=list(PUBLISHED_TABLES), kinds={"parquet", "csv"})
def published_datasets(paths: CorpusPaths) -> dg.MaterializeResult:
    """Every table as Parquet and CSV with datapackage.json, replacing the previous set all at once."""
    files = publish_folder(paths.work_area().root / TABLES_FOLDER, list(PUBLISHED_TABLES), paths.output_path)
    with contextlib.suppress(FileNotFoundError):  # what the sensor compares the input folder with
        os.replace(paths.input_manifest("seen"), paths.input_manifest("published"))
    package = json.loads((paths.output_path / MANIFEST).read_text(encoding="utf-8"))
    rows = {r["name"]: r["rows"] for r in package["resources"]}
    return dg.MaterializeResult(
        metadata={
            "output_dir": dg.MetadataValue.path(str(paths.output_path.resolve())),
            "files": dg.MetadataValue.json(files),
            **{f"{table}_rows": n for table, n in rows.items()},
        }
    )
