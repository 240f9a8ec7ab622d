from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PUBLISHED = ROOT / "datasets"
SEED_GOLD = Path(__file__).resolve().parent / "gold" / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One in-process run of the whole job on the seeds: (result, output folder)."""
    from pipelines.cli import run_build

    out = tmp_path_factory.mktemp("seed_datasets")
    result = run_build(SEEDS, out)
    assert result.success
    return result, out
