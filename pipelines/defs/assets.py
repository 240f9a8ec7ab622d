"""The asset graph: input folder -> raw articles -> validated tables -> published datasets."""

import contextlib
import dataclasses
import json
import logging
import os
import time

import dagster as dg

import schemas
from pipelines.defs import checks
from pipelines.defs.asset_metadata import table_metadata
from pipelines.defs.resources import CorpusDefaults, CorpusPaths, ExtractionSettings
from pipelines.read.changes import save_manifest, snapshot
from pipelines.read.duplicates import SIGNATURE_VERSION
from pipelines.runtime.build import PUBLISHED_TABLES, STAMP, build_tables
from pipelines.runtime.cache import FactCache
from pipelines.runtime.ingest import INDEX_FILE, duplicates_path, ingest
from pipelines.runtime.lock import build_lock
from pipelines.runtime.workarea import log, rebuilt_if_damaged
from pipelines.tables.publish import MANIFEST, publish_folder
from pipelines.tables.rows import FACT_TABLES, rejected_file_row, rows_version, to_frame

progress_log = logging.getLogger("pipelines.progress")
CACHE_FILE = "fact_cache.sqlite"
RAW_FILE = "raw_articles.parquet"
TABLES_FOLDER = "tables"


@dg.asset(group_name="ingest", kinds={"python", "parquet"})
def raw_articles(
    context: dg.AssetExecutionContext, paths: CorpusPaths, extraction: ExtractionSettings
) -> dg.MaterializeResult:
    """Every file of the input folder: article texts, rejected files with their reasons, skipped entries, duplicates."""
    with build_lock(paths.work_area().root, _notice(context)):
        return _raw_articles(context, paths, extraction)


def _raw_articles(
    context: dg.AssetExecutionContext, paths: CorpusPaths, extraction: ExtractionSettings
) -> dg.MaterializeResult:
    work = paths.work_area()
    seen = snapshot(paths.input_path)  # before reading: a file changed meanwhile is new at the next look
    for name in work.remove_leftovers(paths.output_path):
        context.log.info(f"removed {name}, left by a build that was killed")

    def read_input():
        with contextlib.ExitStack() as stack:
            signatures = None
            if extraction.use_cache:  # --no-cache never opens the cache: a damaged one cannot stop it
                signatures = stack.enter_context(FactCache(work.root / CACHE_FILE, SIGNATURE_VERSION, "signatures"))
            runner = stack.enter_context(contextlib.closing(extraction.runner()))
            return ingest(paths.input_path, work.root / RAW_FILE, signatures, runner, paths.max_file_bytes)

    reused = [RAW_FILE, duplicates_path(work.root / RAW_FILE).name, INDEX_FILE, CACHE_FILE]
    found = rebuilt_if_damaged(work, reused, read_input, _notice(context))
    work.write("input_rejections", to_frame("quarantine", [rejected_file_row(r) for r in found.rejected]))
    work.write_json(
        "input_scan",
        {
            "run_id": context.run.run_id,
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
def validated_tables(
    context: dg.AssetExecutionContext, paths: CorpusPaths, extraction: ExtractionSettings, corpus: CorpusDefaults
):
    """Each article's facts, extracted or from the cache, through the schemas; failing rows to quarantine."""
    with build_lock(paths.work_area().root, _notice(context)):
        yield from _validated_tables(context, paths, extraction, corpus)


def _validated_tables(
    context: dg.AssetExecutionContext, paths: CorpusPaths, extraction: ExtractionSettings, corpus: CorpusDefaults
):
    from pipelines.extract.version import extractor_version

    work = paths.work_area()
    scan = work.read_json("input_scan")
    _same_run(context, scan.get("run_id"), work.root / "input_scan.json")
    folder = work.root / TABLES_FOLDER
    started = time.perf_counter()
    settings = corpus.settings()

    def build():
        with contextlib.ExitStack() as stack:
            cache = None
            if extraction.use_cache:
                cache = stack.enter_context(
                    FactCache(
                        work.root / CACHE_FILE, f"{extractor_version()}+{rows_version()}+{settings.fingerprint()}"
                    )
                )
            runner = stack.enter_context(contextlib.closing(extraction.runner()))
            rejections = work.read("input_rejections")
            return build_tables(
                work.root / RAW_FILE,
                folder,
                rejections,
                cache,
                runner,
                settings,
                run_id=context.run.run_id,
                budget=extraction.time_budget_seconds,
                progress=_progress(context),
            )

    report = rebuilt_if_damaged(work, [TABLES_FOLDER, CACHE_FILE], build, _notice(context))
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
        if table == "quarantine":
            results.append(checks.no_input_file_quarantined(work.read("input_rejections")))
        metadata = table_metadata(table, folder, table_report.rows, table_report.head)
        if table == "articles":
            metadata.update(extraction_metadata)
        yield dg.MaterializeResult(
            asset_key=table, check_results=results, metadata={**metadata, "rows_quarantined": table_report.quarantined}
        )


@dg.asset(group_name="publish", deps=list(PUBLISHED_TABLES), kinds={"parquet", "csv"})
def published_datasets(context: dg.AssetExecutionContext, paths: CorpusPaths) -> dg.MaterializeResult:
    """Every table as Parquet and CSV with datapackage.json, replacing the previous set all at once."""
    with build_lock(paths.work_area().root, _notice(context)):
        return _published_datasets(context, paths)


def _published_datasets(context: dg.AssetExecutionContext, paths: CorpusPaths) -> dg.MaterializeResult:
    tables = paths.work_area().root / TABLES_FOLDER
    _same_run(context, json.loads((tables / STAMP).read_text(encoding="utf-8")).get("run"), tables / STAMP)
    files = publish_folder(tables, list(PUBLISHED_TABLES), paths.output_path)
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


def _notice(context: dg.AssetExecutionContext):
    """One line for the run's log and for the command line (which shows the `pipelines` logger)."""

    def notice(line: str) -> None:
        context.log.warning(line)
        log.warning(line)

    return notice


def _progress(context: dg.AssetExecutionContext):
    """Progress lines for the run's log and for the command line (the `pipelines.progress` logger)."""

    def tell(line: str) -> None:
        context.log.info(line)
        progress_log.info(line)

    return tell


def _same_run(context: dg.AssetExecutionContext, writer: str | None, path) -> None:
    """Steps run in processes of their own hold the build lock one at a time: a step refuses to carry on from
    what another run's step wrote in between (the command line holds the lock for the whole run)."""
    if writer != context.run.run_id:
        raise dg.Failure(f"{path} was written by another build (run {writer}) after this run's last step; run again")
