import dagster as dg

BUILD_JOB_NAME = "build_datasets"

build_datasets = dg.define_asset_job(
    BUILD_JOB_NAME,
    selection=dg.AssetSelection.all(),
    description="Read the input folder, extract and validate every table, and publish the datasets.",
)
