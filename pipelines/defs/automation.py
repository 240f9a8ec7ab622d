"""A sensor for new, changed or removed articles, and a schedule for the full refresh."""

import os

import dagster as dg

from pipelines.defs.jobs import build_datasets
from pipelines.defs.resources import CorpusPaths
from pipelines.read.changes import compare, decode, encode, fingerprint, snapshot

# Cron of the full refresh; daily at 06:00 by default.
REFRESH_CRON = os.environ.get("PIPELINES_REFRESH_CRON", "0 6 * * *")

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=build_datasets,
    cron_schedule=REFRESH_CRON,
    execution_timezone="UTC",
    description="Rebuild and republish every dataset (set PIPELINES_REFRESH_CRON to change when).",
)


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
    description="Requests a refresh when article files are added to, changed in or removed from the input folder.",
)
def input_folder_changed(context: dg.SensorEvaluationContext, paths: CorpusPaths) -> dg.SensorResult | dg.SkipReason:
    before, after = decode(context.cursor), snapshot(paths.input_path)
    changes = compare(before, after)
    if not changes:
        return dg.SkipReason(f"no article changed in {paths.input_path}")
    running = context.instance.get_runs(
        filters=dg.RunsFilter(job_name=build_datasets.name, statuses=_UNFINISHED), limit=1
    )
    if running:  # the cursor stays: the changes are requested at the first tick after that run
        return dg.SkipReason(f"{changes.describe()}; waiting for run {running[0].run_id} to finish")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=fingerprint(after), tags={"input_changes": changes.describe()})],
        cursor=encode(after),
    )
