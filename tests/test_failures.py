"""A failed check, as a user meets it: one line in the CLI, a short summary on the failing table's check."""

import dagster as dg
import pandas as pd
import pytest

import schemas
from pipelines.cli import main, run_build
from pipelines.runtime import build
from tests.conftest import SEEDS


@pytest.fixture
def dates_off_their_text(monkeypatch):
    """Date rows that pass validation but no longer sit at their offsets when written (a bug between the two)."""
    exact = build.offsets_exact

    def drifted(df, texts):
        result = exact(df, texts)
        return pd.Series(False, index=df.index) if "granularity" in df.columns else result

    monkeypatch.setattr(build, "offsets_exact", drifted)


def test_the_cli_says_in_one_line_which_check_failed_and_why(dates_off_their_text, tmp_path, capsys):
    assert main(["build", "--input", str(SEEDS), "--output", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    [line] = captured.err.strip().splitlines()
    assert "check offsets_exact failed on dates: 16 of 16 rows are not at their offsets (e.g. " in line
    assert captured.out == "" and not (tmp_path / "out" / "datapackage.json").exists()


def test_only_the_failing_table_fails_and_its_check_shows_a_summary(dates_off_their_text, tmp_path):
    result = run_build(SEEDS, tmp_path / "out")
    failed = [ev for ev in result.get_asset_check_evaluations() if not ev.passed]
    assert [(ev.asset_key.to_user_string(), ev.check_name) for ev in failed] == [("dates", "offsets_exact")]
    summary = failed[0].metadata["summary"].value
    assert summary.startswith("**dates: offsets_exact failed.** 16 of 16 rows are not at their offsets")
    assert (
        "| article_id | char_start | char_end | text |" in summary and summary.count("\n|") == 7
    )  # head, rule, five rows
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert materialized == {"raw_articles", *schemas.TABLES}  # the other tables are built; nothing is published


def test_a_quarantined_input_file_raises_a_warning_but_the_datasets_are_published(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "blank.txt").write_text("")
    result = run_build(corpus, tmp_path / "out")
    assert result.success and (tmp_path / "out" / "datapackage.json").exists()
    [warning] = [ev for ev in result.get_asset_check_evaluations() if not ev.passed]
    assert (warning.check_name, warning.severity) == ("no_input_file_quarantined", dg.AssetCheckSeverity.WARN)
    assert warning.metadata["reason"].value == "1 input files quarantined (empty_file 1)"
    assert "| blank.txt | empty_file |" in warning.metadata["files"].value


def test_the_articles_preview_is_narrow_title_date_language_and_fact_counts(seed_build):
    result, out = seed_build
    [articles] = [
        e.event_specific_data.materialization.metadata
        for e in result.get_asset_materialization_events()
        if e.asset_key.to_user_string() == "articles"
    ]
    preview = articles["preview"]
    columns = [c.name for c in preview.schema.columns]
    assert columns == ["article_id", "title", "date", "language", "dates", "actors", "sectors", "money"]
    first = preview.records[0].data
    dates = pd.read_parquet(out / "dates.parquet")
    assert first["dates"] == int((dates["article_id"] == first["article_id"]).sum()) > 0
    assert all(len(r.data["title"] or "") <= 61 for r in preview.records)
