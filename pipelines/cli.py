"""Command line: `python -m pipelines build | evaluate | codebook`."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
import time
from pathlib import Path

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("datasets")


def _instance(stack: contextlib.ExitStack):
    """The instance of DAGSTER_HOME when it is set (so runs show in the UI), else this process's throw-away one."""
    import dagster as dg

    if os.environ.get("DAGSTER_HOME"):
        home = Path(os.environ["DAGSTER_HOME"]).resolve()  # Dagster accepts only an absolute path
        home.mkdir(parents=True, exist_ok=True)
        os.environ["DAGSTER_HOME"] = str(home)
        return stack.enter_context(dg.DagsterInstance.get())
    return _ephemeral_instance()


@functools.cache
def _ephemeral_instance():
    """Made once per process: making one costs a twentieth of a second, half of a small refresh's own work."""
    import dagster as dg

    return dg.DagsterInstance.ephemeral()


@functools.cache
def _build_job():
    """The build job, loaded once per process: loading the definitions folder costs a tenth of a second."""
    from pipelines.definitions import defs
    from pipelines.defs.jobs import BUILD_JOB_NAME

    return defs().resolve_job_def(BUILD_JOB_NAME)


def run_build(
    input_dir: Path,
    output_dir: Path,
    max_file_bytes: int | None = None,
    log_level: str = "WARNING",
    workers: int | None = None,
    dask_scheduler: str | None = None,
    use_cache: bool = True,
    corpus: dict[str, str] | None = None,
):
    """Run the build job in-process; returns the Dagster execution result.

    `corpus` overrides corpus settings (`reporting_country`, `fallback_fiscal_calendar`, `rupee_currency`)."""
    paths_config = {"input_dir": str(input_dir), "output_dir": str(output_dir)}
    if max_file_bytes is not None:
        paths_config["max_file_bytes"] = max_file_bytes
    extraction_config: dict = {"use_cache": use_cache}
    if workers is not None:
        extraction_config["workers"] = workers
    if dask_scheduler:
        extraction_config["dask_scheduler"] = dask_scheduler
    run_config = {
        "resources": {
            "paths": {"config": paths_config},
            "extraction": {"config": extraction_config},
            "corpus": {"config": {k: v for k, v in (corpus or {}).items() if v}},
        },
        "loggers": {"console": {"config": {"log_level": log_level}}},
    }
    from pipelines.defs.resources import folder_tags

    job = _build_job()
    with contextlib.ExitStack() as stack:
        instance = _instance(stack)
        return job.execute_in_process(
            run_config=run_config, instance=instance, raise_on_error=False, tags=folder_tags(output_dir)
        )


def _summary(output_dir: Path, seconds: float) -> str:
    import json

    from pipelines.runtime.workarea import WorkArea

    package = json.loads((output_dir / "datapackage.json").read_text(encoding="utf-8"))
    rows = {r["name"]: r["rows"] for r in package["resources"]}
    scan = WorkArea(output_dir / ".staging").read_json("input_scan")
    lines = [
        f"files read: {scan['files_read']}; articles published: {rows['articles']}; "
        f"rows quarantined: {rows['quarantine']}; entries skipped: {len(scan['skipped'])}",
        "rows per dataset: " + ", ".join(f"{name} {n}" for name, n in rows.items()),
        f"published to {output_dir}/ in {seconds:.1f} s",
    ]
    return "\n".join(lines)


def build(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"error: input folder not found: {args.input}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = run_build(
        args.input,
        args.output,
        args.max_file_bytes,
        "INFO" if args.verbose else "WARNING",
        workers=args.workers,
        dask_scheduler=args.dask_scheduler,
        use_cache=not args.no_cache,
        corpus={
            "reporting_country": args.reporting_country,
            "fallback_fiscal_calendar": args.fiscal_calendar,
            "rupee_currency": args.rupee_currency,
        },
    )
    seconds = time.perf_counter() - started
    published = result.success and any(
        event.asset_key.to_user_string() == "published_datasets" for event in result.get_asset_materialization_events()
    )
    if not published:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        failed_checks = [ev.check_name for ev in result.get_asset_check_evaluations() if not ev.passed]
        print(
            f"error: the datasets were not published (failed steps: {failed or 'none'}; "
            f"failed checks: {failed_checks or 'none'}); the previous datasets are unchanged.",
            file=sys.stderr,
        )
        return 1
    print(_summary(args.output, seconds))
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from pipelines.evaluate import format_report, score

    report = score(args.datasets, args.gold, args.corpus)
    print(format_report(report, errors=args.errors))
    if args.json:
        import json

        args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


def codebook(args: argparse.Namespace) -> int:
    from pipelines.tables.codebook import render_codebook, update_readme

    if args.update:
        print("README codebook " + ("updated" if update_readme(args.update) else "already current"))
    else:
        print(render_codebook(), end="")
    return 0


def spreadsheet_csv(args: argparse.Namespace) -> int:
    from pipelines.tables.files import write_spreadsheet_csv

    if args.output.resolve() == args.datasets.resolve():
        print("error: the copies would replace the datasets' own CSV files; choose another --output", file=sys.stderr)
        return 2
    args.output.mkdir(parents=True, exist_ok=True)
    for parquet in sorted(args.datasets.glob("*.parquet")):
        rows = write_spreadsheet_csv(parquet, args.output / f"{parquet.stem}.csv")
        print(f"{args.output / parquet.stem}.csv: {rows} rows")
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build and publish the datasets from a folder of articles")
    b.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="folder of article .txt files (default: seeds)")
    b.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder to publish to (default: datasets)")
    b.add_argument("--max-file-bytes", type=int, default=None, help="quarantine input files larger than this")
    b.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    b.add_argument(
        "--dask-scheduler",
        default=None,
        metavar="ADDRESS",
        help="run the extraction on this Dask cluster, e.g. tcp://10.0.0.5:8786",
    )
    b.add_argument("--no-cache", action="store_true", help="re-extract every article, ignoring cached results")
    corpus = b.add_argument_group("corpus settings (defaults: pipelines/knowledge/corpus.json)")
    corpus.add_argument("--reporting-country", metavar="ISO3", help="state whose officials go unqualified (PAK)")
    corpus.add_argument("--fiscal-calendar", metavar="ISO3", help="fiscal calendar when no state is named (PAK)")
    corpus.add_argument("--rupee-currency", metavar="ISO4217", help="currency of a bare 'Rs' (PKR)")
    b.add_argument("--verbose", action="store_true", help="show Dagster's step log")
    b.set_defaults(func=build)
    e = sub.add_parser("evaluate", help="score published datasets against gold annotations")
    e.add_argument("--datasets", type=Path, default=DEFAULT_OUTPUT)
    e.add_argument("--gold", type=Path, required=True, help="folder of <article_id>.json gold files")
    e.add_argument("--corpus", type=Path, help="folder of the article texts, to check offsets")
    e.add_argument("--errors", action="store_true", help="list each article's misses and false alarms")
    e.add_argument("--json", type=Path, help="also write the full report as JSON")
    e.set_defaults(func=evaluate)
    c = sub.add_parser("codebook", help="print the datasets' codebook (Markdown) from the schemas")
    c.add_argument("--update", type=Path, metavar="README", help="rewrite the codebook section of this README")
    c.set_defaults(func=codebook)
    s = sub.add_parser("spreadsheet-csv", help="write spreadsheet-safe CSV copies (formula-like cells prefixed with ')")
    s.add_argument("--datasets", type=Path, default=DEFAULT_OUTPUT, help="published datasets to copy")
    s.add_argument("--output", type=Path, required=True, help="folder for the copies (not the datasets folder)")
    s.set_defaults(func=spreadsheet_csv)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
