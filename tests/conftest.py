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


def assert_knowledge_csv(name: str, columns: list[str], key: list[str]) -> None:
    """A knowledge CSV file's schema: exactly these columns, at least one row, no blank cell, a unique key."""
    import csv
    from importlib import resources

    with resources.files("pipelines.knowledge").joinpath(name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == columns
    assert rows
    assert all(all((row[c] or "").strip() for c in columns) for row in rows), "blank cell"
    keys = [tuple(row[c] for c in key) for row in rows]
    assert len(keys) == len(set(keys)), "duplicate key"
