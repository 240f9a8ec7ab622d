from pathlib import Path

import dagster as dg

from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.read.reader import DEFAULT_MAX_BYTES
from pipelines.runtime.runners import DaskRunner, LocalRunner, Runner
from pipelines.runtime.workarea import WorkArea


class CorpusPaths(dg.ConfigurableResource):
    """Where articles are read from and datasets published to (relative paths: from the working directory)."""

    input_dir: str = "seeds"
    output_dir: str = "datasets"
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


class ExtractionSettings(dg.ConfigurableResource):
    """How the extraction step runs: where (local processes or a Dask cluster) and with which cache."""

    workers: int = 0  # local worker processes; 0: one per CPU core
    dask_scheduler: str = ""  # e.g. "tcp://scheduler:8786": run the extractors on that Dask cluster
    use_cache: bool = True

    def runner(self) -> Runner:
        if self.dask_scheduler:
            return DaskRunner(self.dask_scheduler)
        return LocalRunner(self.workers or None)


class CorpusDefaults(dg.ConfigurableResource):
    """What articles leave unsaid, decided for the corpus; empty fields take `knowledge/corpus.json`'s values."""

    reporting_country: str = ""  # ISO3: officials named without a state serve it
    fallback_fiscal_calendar: str = ""  # ISO3: whose fiscal calendar a fiscal year follows when no state is named
    rupee_currency: str = ""  # ISO 4217: a bare "Rs" when the article names neither India nor Pakistan

    def settings(self) -> CorpusSettings:
        return default_settings().replace(
            reporting_country=self.reporting_country or None,
            fallback_fiscal_calendar=self.fallback_fiscal_calendar or None,
            rupee_currency=self.rupee_currency or None,
        )


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "paths": CorpusPaths(),
            "corpus": CorpusDefaults(),
            "extraction": ExtractionSettings(dask_scheduler=dg.EnvVar("PIPELINES_DASK_SCHEDULER").get_value("")),
        }
    )
