"""The build job: every asset, its steps in one process by default, one run at a time per output folder."""

import dagster as dg

from pipelines.defs.resources import OUTPUT_TAG, folder_tags

BUILD_JOB_NAME = "build_datasets"

# In one process, as the CLI runs it: a process per step cost seconds each (imports, definitions), more than
# a small refresh's own work. `multiprocess` stays available in the launchpad's config.
IN_PROCESS = {"execution": {"config": {"in_process": {}}}}

build_datasets = dg.define_asset_job(
    BUILD_JOB_NAME,
    selection=dg.AssetSelection.all(),
    description=(
        "Read the input folder, extract and validate every table, and publish the datasets. "
        f"Runs are tagged {OUTPUT_TAG}: the instance queues a second run for the same folder (deploy/dagster.yaml)."
    ),
    executor_def=dg.multi_or_in_process_executor,
    config=IN_PROCESS,
    tags=folder_tags(),
)
