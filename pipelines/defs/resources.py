import os
from pathlib import Path

import dagster as dg

from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.read.reader import DEFAULT_MAX_BYTES
from pipelines.runtime.batches import DEFAULT_TIME_BUDGET
from pipelines.runtime.runners import DaskRunner, LocalRunner, Runner
from pipelines.runtime.workarea import WorkArea

INPUT_DIR_VAR = "PIPELINES_INPUT_DIR"
OUTPUT_DIR_VAR = "PIPELINES_OUTPUT_DIR"
DEFAULT_INPUT_DIR = "seeds"
DEFAULT_OUTPUT_DIR = "datasets"
# Tag of every build run: the absolute output folder. deploy/dagster.yaml limits runs to one per value.
OUTPUT_TAG = "pipelines/output_dir"


class CorpusPaths(dg.ConfigurableResource):
    """Where articles are read from and datasets published to (relative paths: from the working directory)."""

    input_dir: str = DEFAULT_INPUT_DIR
    output_dir: str = DEFAULT_OUTPUT_DIR
    max_file_bytes: int = DEFAULT_MAX_BYTES

    @property
    def input_path(self) -> Path:
        return Path(self.input_dir)

    @property
    def output_path(self) -> Path:
        return Path(self.output_dir)

    def work_area(self) -> WorkArea:
        # Intermediate tables live beside the output, never inside the published set.
        return WorkArea(self.output_path / ".staging")

    def input_manifest(self, stage: str) -> Path:
        """The input folder's files as the last build saw them (`seen`) and as the last published one did."""
        return self.work_area().root / f"input_{stage}.json"


def _folder(var: str, default: str) -> str | dg.EnvVar:
    """The folder named by the environment variable (read when a run starts; the UI shows its name), else `default`."""
    return dg.EnvVar(var) if os.environ.get(var) else default


def configured_paths() -> CorpusPaths:
    """The paths resource of the UI, the sensor and the schedule: PIPELINES_INPUT_DIR / PIPELINES_OUTPUT_DIR."""
    return CorpusPaths(
        input_dir=_folder(INPUT_DIR_VAR, DEFAULT_INPUT_DIR), output_dir=_folder(OUTPUT_DIR_VAR, DEFAULT_OUTPUT_DIR)
    )


def folder_tags(output_dir: str | os.PathLike | None = None) -> dict[str, str]:
    """The run tag that keeps builds into one output folder one at a time (default: the configured folder)."""
    output_dir = output_dir or os.environ.get(OUTPUT_DIR_VAR) or DEFAULT_OUTPUT_DIR
    return {OUTPUT_TAG: str(Path(output_dir).resolve())}


class ExtractionSettings(dg.ConfigurableResource):
    """How the extraction step runs: where (local processes or a Dask cluster) and with which cache."""

    workers: int = 0  # local worker processes; 0: one per CPU core
    dask_scheduler: str = ""  # e.g. "tcp://scheduler:8786": run the extractors on that Dask cluster
    use_cache: bool = True
    time_budget_seconds: float = DEFAULT_TIME_BUDGET  # per article; one that takes longer is quarantined (0: none)

    def runner(self) -> Runner:
        if self.dask_scheduler:
            return DaskRunner(self.dask_scheduler)
        return LocalRunner(self.workers or None)


class CorpusDefaults(dg.ConfigurableResource):
    """What articles leave unsaid, decided for the corpus; empty fields take `knowledge/corpus.json`'s values."""

    reporting_country: str = ""  # ISO3: officials named without a state serve it
    fallback_fiscal_calendar: str = ""  # ISO3: whose fiscal calendar a fiscal year follows when no state is named
    rupee_currency: str = ""  # ISO 4217: a bare "Rs" when the article names neither India nor Pakistan
    person_model: str = ""  # "spacy": spaCy's small English model proposes persons too (slower)
    money_kind_model: str = ""  # "rules" or "classifier": what decides a money amount's kind and subject

    def settings(self) -> CorpusSettings:
        return default_settings().replace(
            reporting_country=self.reporting_country or None,
            fallback_fiscal_calendar=self.fallback_fiscal_calendar or None,
            rupee_currency=self.rupee_currency or None,
            person_model=self.person_model or None,
            money_kind_model=self.money_kind_model or None,
        )


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "paths": configured_paths(),
            "corpus": CorpusDefaults(),
            "extraction": ExtractionSettings(dask_scheduler=dg.EnvVar("PIPELINES_DASK_SCHEDULER").get_value("")),
        }
    )
