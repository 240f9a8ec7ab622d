"""A sensor for new, changed or removed articles, and a schedule for the full refresh."""
import os

import dagster as dg

from pipelines.changes import compare, decode, encode, fingerprint, snapshot
from pipelines.defs.jobs import build_datasets
from pipelines.defs.resources import CorpusPaths

# Cron of the full refresh; daily at 06:00 by default.
REFRESH_CRON = os.environ.get("PIPELINES_REFRESH_CRON", "0 6 * * *")

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=build_datasets,
    cron_schedule=REFRESH_CRON,
    execution_timezone="UTC",
    description="Rebuild and republish every dataset (set PIPELINES_REFRESH_CRON to change when).",
)


@dg.sensor(job=build_datasets, minimum_interval_seconds=60,
           description="Requests a refresh when article files are added to, changed in or removed from the input folder.")
def input_folder_changed(context: dg.SensorEvaluationContext, paths: CorpusPaths) -> dg.SensorResult | dg.SkipReason:
    before, after = decode(context.cursor), snapshot(paths.input_path)
    changes = compare(before, after)
    if not changes:
        return dg.SkipReason(f"no article changed in {paths.input_path}")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=fingerprint(after), tags={"input_changes": changes.describe()})],
        cursor=encode(after),
    )
