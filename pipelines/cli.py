"""Command line: `python -m pipelines build | evaluate | codebook`."""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import sys
import time
from pathlib import Path

from pipelines.extras import require

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("datasets")


def _instance(stack: contextlib.ExitStack):
    """The instance of DAGSTER_HOME when it is set (so runs show in the UI), else this process's throw-away one."""
    import dagster as dg

    if os.environ.get("DAGSTER_HOME"):
        home = Path(os.environ["DAGSTER_HOME"]).resolve()  # Dagster accepts only an absolute path
        home.mkdir(parents=True, exist_ok=True)
        os.environ["DAGSTER_HOME"] = str(home)
        try:
            return stack.enter_context(dg.DagsterInstance.get())
        except Exception:
            config = home / "dagster.yaml"
            if config.is_file() and "postgres" in config.read_text(encoding="utf-8"):
                require("dagster_postgres", "postgres", f"The instance configured in {config}")
            raise
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
    time_budget: float | None = None,
):
    """Run the build job in-process, holding the output folder's build lock; returns the execution result.

    `corpus` overrides corpus settings (`reporting_country`, `fallback_fiscal_calendar`, `rupee_currency`)."""
    from pipelines.runtime.lock import build_lock
    from pipelines.runtime.workarea import log

    paths_config = {"input_dir": str(input_dir), "output_dir": str(output_dir)}
    if max_file_bytes is not None:
        paths_config["max_file_bytes"] = max_file_bytes
    extraction_config: dict = {"use_cache": use_cache}
    if workers is not None:
        extraction_config["workers"] = workers
    if dask_scheduler:
        extraction_config["dask_scheduler"] = dask_scheduler
    if time_budget is not None:
        extraction_config["time_budget_seconds"] = time_budget
    run_config = {
        "resources": {
            "paths": {"config": paths_config},
            "extraction": {"config": extraction_config},
            "corpus": {"config": {k: v for k, v in (corpus or {}).items() if v}},
        },
        "loggers": {"console": {"config": {"log_level": log_level}}},
    }
    from pipelines.defs.resources import folder_tags
    from pipelines.runtime.runners import start_worker_server

    if not dask_scheduler:
        start_worker_server(workers)  # it loads the extractors while this process loads the job
    job = _build_job()
    with contextlib.ExitStack() as stack:
        instance = _instance(stack)
        stack.enter_context(build_lock(output_dir / ".staging", notice=log.warning))
        return job.execute_in_process(
            run_config=run_config, instance=instance, raise_on_error=False, tags=folder_tags(output_dir)
        )


def _materialized(result, asset: str) -> dict:
    """The metadata of an asset this run materialised ({} when it did not): a run's own figures, whatever
    another build did to the output folder since."""
    for event in result.get_asset_materialization_events():
        if event.asset_key.to_user_string() == asset:
            return {key: value.value for key, value in event.materialization.metadata.items()}
    return {}


def _summary(scan: dict, rows: dict, output_dir: Path, seconds: float) -> str:
    lines = [
        f"files read: {scan['files_read']}; articles published: {rows['articles']}; "
        f"rows quarantined: {rows['quarantine']}; entries skipped: {scan['entries_skipped']}",
        "rows per dataset: " + ", ".join(f"{name} {n}" for name, n in rows.items()),
        f"published to {output_dir}/ in {seconds:.1f} s",
    ]
    if not rows["articles"]:
        why = "every file was quarantined (see quarantine)" if scan["files_read"] else "it holds no article file"
        lines.insert(0, f"notice: no article was published from the input folder: {why}; the datasets are empty")
    return "\n".join(lines)


def _failure(result) -> str:
    """The first failure of a run in one line: a failed check with its reason, else the step and the innermost
    error (which names the file)."""
    import dagster as dg

    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:  # warnings never fail a run
            reason = evaluation.metadata.get("reason")
            return f"check {evaluation.check_name} failed on {evaluation.asset_key.to_user_string()}" + (
                f": {reason.value}" if reason is not None else ""
            )
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data.error is not None:
            error = event.step_failure_data.error
            while error.cause is not None:
                error = error.cause
            message = error.message.strip().splitlines()[0] if error.message.strip() else error.cls_name
            return f"step {event.step_key} failed: {message}"
    return "the run did not finish"


def _interrupted(result) -> bool:
    """Whether a step failed because the run was interrupted (Ctrl-C, SIGINT)."""
    for event in result.all_events:
        error = event.step_failure_data.error if event.is_step_failure else None
        while error is not None:
            if error.cls_name in ("DagsterExecutionInterruptedError", "KeyboardInterrupt"):
                return True
            error = error.cause
    return False


def _output_problem(output: Path) -> str | None:
    """Why the datasets cannot be written to `output`, before anything runs."""
    if output.exists() and not output.is_dir():
        return f"the output {output} is a file, not a folder"
    existing = next((p for p in (output, *output.parents) if p.exists()), Path("."))
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"cannot write to {existing}: permission denied"
    return None


def _tell_if_model_missing(person_model: str | None) -> None:
    """One line when the corpus asks for a statistical model that is not installed: the rules run alone."""
    from pipelines.extract.settings import default_settings, model_missing_notice

    notice = model_missing_notice(person_model or default_settings().person_model)
    if notice:
        print(notice, file=sys.stderr)


def build(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        what = "is not a folder" if args.input.exists() else "not found"
        print(f"error: input folder {what}: {args.input}", file=sys.stderr)
        return 2
    problem = _output_problem(args.output)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.dask_scheduler:
        require("distributed", "dask", "--dask-scheduler")
    _tell_if_model_missing(args.person_model)
    started = time.perf_counter()
    result = run_build(
        args.input,
        args.output,
        args.max_file_bytes,
        "INFO" if args.verbose else "CRITICAL",  # failures are told in one line below; --verbose shows the log
        workers=args.workers,
        dask_scheduler=args.dask_scheduler,
        use_cache=not args.no_cache,
        corpus={
            "reporting_country": args.reporting_country,
            "fallback_fiscal_calendar": args.fiscal_calendar,
            "rupee_currency": args.rupee_currency,
            "person_model": args.person_model,
            "money_kind_model": args.money_kind_model,
        },
        time_budget=args.time_budget,
    )
    seconds = time.perf_counter() - started
    scan, published = _materialized(result, "raw_articles"), _materialized(result, "published_datasets")
    if _interrupted(result):
        raise KeyboardInterrupt  # Dagster turned the SIGINT into a failed step: said as such by `main`
    if not (result.success and published):
        print(
            f"error: the datasets were not published ({_failure(result)}); the previous ones are unchanged",
            file=sys.stderr,
        )
        return 1
    rows = {key.removesuffix("_rows"): n for key, n in published.items() if key.endswith("_rows")}
    if not args.quiet:
        print(_summary(scan, rows, args.output, seconds))
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from pipelines.evaluate import format_report, score

    for flag, folder in (("--datasets", args.datasets), ("--gold", args.gold), ("--corpus", args.corpus)):
        if folder is not None and not folder.is_dir():
            print(f"error: {flag} folder not found: {folder}", file=sys.stderr)
            return 2
    if not any((args.datasets / f"articles.{suffix}").exists() for suffix in ("parquet", "csv")):
        print(f"error: no published datasets in {args.datasets} (articles.parquet is missing)", file=sys.stderr)
        return 2
    if not any(args.gold.glob("*.json")):
        print(f"error: no gold annotations (*.json) in {args.gold}", file=sys.stderr)
        return 2

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
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", parents=[common], help="build and publish the datasets from a folder of articles")
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
    b.add_argument(
        "--time-budget",
        type=float,
        default=None,
        metavar="SECONDS",
        help="quarantine an article whose extraction takes more CPU seconds than this (default: 10; 0: no limit)",
    )
    corpus = b.add_argument_group("corpus settings (defaults: pipelines/knowledge/corpus.json)")
    corpus.add_argument("--reporting-country", metavar="ISO3", help="state whose officials go unqualified (PAK)")
    corpus.add_argument("--fiscal-calendar", metavar="ISO3", help="fiscal calendar when no state is named (PAK)")
    corpus.add_argument("--rupee-currency", metavar="ISO4217", help="currency of a bare 'Rs' (PKR)")
    corpus.add_argument(
        "--person-model", choices=["spacy"], help="a statistical model proposes persons too (needs the model extra)"
    )
    corpus.add_argument(
        "--money-kind-model",
        choices=["rules", "classifier"],
        help="what decides a money amount's kind and subject (classifier: a linear model over the rules' reading)",
    )
    talk = b.add_mutually_exclusive_group()
    talk.add_argument("--verbose", action="store_true", help="show Dagster's step log (progress included)")
    talk.add_argument("--quiet", action="store_true", help="print nothing but errors: no progress, no summary")
    b.set_defaults(func=build)
    e = sub.add_parser("evaluate", parents=[common], help="score published datasets against gold annotations")
    e.add_argument("--datasets", type=Path, default=DEFAULT_OUTPUT)
    e.add_argument("--gold", type=Path, required=True, help="folder of <article_id>.json gold files")
    e.add_argument("--corpus", type=Path, help="folder of the article texts, to check offsets")
    e.add_argument("--errors", action="store_true", help="list each article's misses and false alarms")
    e.add_argument("--json", type=Path, help="also write the full report as JSON")
    e.set_defaults(func=evaluate)
    c = sub.add_parser("codebook", parents=[common], help="print the datasets' codebook (Markdown) from the schemas")
    c.add_argument("--update", type=Path, metavar="README", help="rewrite the codebook section of this README")
    c.set_defaults(func=codebook)
    s = sub.add_parser("spreadsheet-csv", help="write spreadsheet-safe CSV copies (formula-like cells prefixed with ')")
    s.add_argument("--datasets", type=Path, default=DEFAULT_OUTPUT, help="published datasets to copy")
    s.add_argument("--output", type=Path, required=True, help="folder for the copies (not the datasets folder)")
    s.set_defaults(func=spreadsheet_csv)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run a command. Every failure is one line on stderr and a non-zero exit; --debug shows the traceback."""
    args = parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    notices = logging.getLogger("pipelines")
    notices.addHandler(handler)
    notices.setLevel(logging.ERROR if getattr(args, "quiet", False) else logging.INFO)
    # With --verbose, progress comes in Dagster's log: not twice.
    logging.getLogger("pipelines.progress").setLevel(logging.WARNING if getattr(args, "verbose", False) else 0)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted: nothing was published; the previous datasets are unchanged", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return 1
    finally:
        notices.removeHandler(handler)
