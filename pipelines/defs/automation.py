"""A sensor for new, changed or removed articles, and a schedule for the full refresh."""

import os

import dagster as dg

from pipelines.defs.jobs import build_datasets
from pipelines.defs.resources import CorpusPaths, folder_tags
from pipelines.read.changes import SensorCursor, compare, digest, load_manifest, snapshot

# Cron of the full refresh; daily at 06:00 by default.
REFRESH_CRON = os.environ.get("PIPELINES_REFRESH_CRON", "0 6 * * *")


@dg.schedule(
    job=build_datasets,
    cron_schedule=REFRESH_CRON,
    execution_timezone="UTC",
    description=(
        "Rebuild and republish every dataset from PIPELINES_INPUT_DIR into PIPELINES_OUTPUT_DIR "
        "(set PIPELINES_REFRESH_CRON to change when)."
    ),
)
def daily_refresh(context: dg.ScheduleEvaluationContext, paths: CorpusPaths) -> dg.RunRequest | dg.SkipReason:
    if not paths.input_path.is_dir():
        return dg.SkipReason(f"input folder not found: {paths.input_path}")
    return dg.RunRequest(tags={**folder_tags(paths.output_path), "input_dir": str(paths.input_path.resolve())})


# A build in one of these states still works in the output folder; a second one would race it.
_UNFINISHED = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]


@dg.sensor(
    job=build_datasets,
    minimum_interval_seconds=60,
    description=(
        "Requests a refresh when article files are added to, changed in or removed from PIPELINES_INPUT_DIR "
        "since the last published build."
    ),
)
def input_folder_changed(context: dg.SensorEvaluationContext, paths: CorpusPaths) -> dg.SensorResult | dg.SkipReason:
    """The cursor holds the folder's digest; what changed is read against the manifest of the last published build,
    so the first tick after a build (or after the sensor is switched on) requests nothing when nothing changed."""
    state = snapshot(paths.input_path)
    last = SensorCursor.decode(context.cursor)
    now = SensorCursor(digest(paths.input_path, state), last.requests)
    if now.digest == last.digest:
        return dg.SkipReason(f"no article changed in {paths.input_path}")
    changes = compare(load_manifest(paths.input_manifest("published"), paths.input_path), state)
    if not changes:
        return dg.SensorResult(skip_reason=f"{paths.input_path} is as last published", cursor=now.encode())
    running = context.instance.get_runs(
        filters=dg.RunsFilter(job_name=build_datasets.name, statuses=_UNFINISHED, tags=folder_tags(paths.output_path)),
        limit=1,
    )
    if running:  # the cursor stays: the changes are requested at the first tick after that run
        return dg.SkipReason(f"{changes.describe()}; waiting for run {running[0].run_id} to finish")
    # The run key counts requests: a folder back in an earlier state is a new request, a retried tick is not.
    request = SensorCursor(now.digest, last.requests + 1)
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=request.encode(), tags={"input_changes": changes.describe(), **folder_tags(paths.output_path)}
            )
        ],
        cursor=request.encode(),
    )
