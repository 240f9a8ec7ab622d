"""The whole asset graph in-process: definitions, the seed build, the published contract, the CLI."""

import json

import pandas as pd

import schemas
from pipelines.cli import main
from pipelines.definitions import defs
from pipelines.evaluate import score
from tests.conftest import PUBLISHED, SEED_GOLD, SEEDS

ASSETS = {
    "raw_articles",
    "articles",
    "dates",
    "actors",
    "entities",
    "sectors",
    "monetary_amounts",
    "quarantine",
    "published_datasets",
}


def test_definitions_load_with_every_asset_check_and_the_job():
    definitions = defs()
    graph = definitions.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == ASSETS
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert {(t, "matches_schema") for t in schemas.TABLES} <= checks
    assert {(t, "offsets_exact") for t in ("dates", "actors", "sectors", "monetary_amounts")} <= checks
    assert ("articles", "every_input_accounted_for") in checks
    assert definitions.resolve_job_def("build_datasets")
    assert definitions.resolve_sensor_def("input_folder_changed")
    assert definitions.resolve_schedule_def("daily_refresh")


def test_the_seed_build_passes_every_check_and_publishes_every_dataset(seed_build):
    result, out = seed_build
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) == 13 and all(ev.passed for ev in evaluations)
    for table, model in schemas.TABLES.items():
        model.validate(pd.read_parquet(out / f"{table}.parquet"))
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["article_id"].tolist() == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_every_row_points_at_its_text(seed_build):
    _, out = seed_build
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for table in ("dates", "actors", "sectors", "monetary_amounts"):
        for row in pd.read_parquet(out / f"{table}.parquet").itertuples():
            assert texts[row.article_id][row.char_start : row.char_end] == row.text


def test_materializations_carry_row_counts_preview_and_schema(seed_build):
    result, _ = seed_build
    materialized = {
        m.asset_key.to_user_string(): m.metadata
        for m in (e.event_specific_data.materialization for e in result.get_asset_materialization_events())
    }
    assert set(materialized) == ASSETS
    for table in schemas.TABLES:
        metadata = materialized[table]
        assert {"dagster/row_count", "dagster/column_schema", "preview"} <= set(metadata)
        assert metadata["dagster/row_count"].value == len(pd.read_parquet(PUBLISHED / f"{table}.parquet"))
        assert [c.name for c in metadata["dagster/column_schema"].schema.columns] == schemas.columns(table)
        assert len(metadata["preview"].records) == min(10, metadata["dagster/row_count"].value)


def test_materializations_carry_charts_of_sectors_and_amounts_over_time(seed_build):
    import dagster as dg

    result, out = seed_build
    materialized = {
        m.asset_key.to_user_string(): m.metadata
        for m in (e.event_specific_data.materialization for e in result.get_asset_materialization_events())
    }
    sectors_chart = materialized["sectors"]["chart: articles per sector"]
    amounts_chart = materialized["monetary_amounts"]["chart: amounts per year"]
    assert isinstance(sectors_chart, dg.MarkdownMetadataValue) and isinstance(amounts_chart, dg.MarkdownMetadataValue)
    top_sector = pd.read_parquet(out / "sectors.parquet")["sector"].value_counts().idxmax()
    label = {s["code"]: s["label"] for s in schemas.SECTORS}[top_sector]
    assert f"| {label} | " in sectors_chart.value and "█" * 24 in sectors_chart.value
    assert amounts_chart.value.startswith("| year published | amounts |") and "█" in amounts_chart.value
    for table in ("articles", "dates", "actors", "quarantine"):
        assert any(key.startswith("chart: ") for key in materialized[table])


def test_a_fresh_build_reproduces_the_published_datasets_row_for_row(seed_build):
    _, out = seed_build
    for table in schemas.TABLES:
        fresh = pd.read_parquet(out / f"{table}.parquet")
        published = pd.read_parquet(PUBLISHED / f"{table}.parquet")
        pd.testing.assert_frame_equal(fresh, published)
        assert (out / f"{table}.csv").read_bytes() == (PUBLISHED / f"{table}.csv").read_bytes()


def test_seed_quality_floors(seed_build):
    _, out = seed_build
    report = score(out, SEED_GOLD, SEEDS)
    f1 = {k: v["f1"] for k, v in report["prf"].items()}
    accuracy = {k: v["accuracy"] for k, v in report["accuracy"].items()}
    assert report["provenance_exact"]["accuracy"] == 1.0
    assert accuracy["publication_date"] == 1.0
    assert f1["date_values"] >= 0.85 and f1["date_mentions"] >= 0.85
    assert f1["actors"] >= 0.85 and f1["countries"] >= 0.95
    assert f1["sectors"] >= 0.85 and f1["money"] >= 0.95


def test_cli_build_prints_a_summary_and_a_clear_error_for_a_missing_folder(tmp_path, capsys):
    assert main(["build", "--input", str(tmp_path / "missing"), "--output", str(tmp_path / "out")]) == 2
    assert "input folder not found" in capsys.readouterr().err
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text((SEEDS / "001_57670934a461a540.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    assert main(["build", "--input", str(corpus), "--output", str(tmp_path / "out")]) == 0
    summary = capsys.readouterr().out
    assert "files read: 2; articles published: 1; rows quarantined: 1" in summary
    quarantined = pd.read_csv(tmp_path / "out" / "quarantine.csv")
    assert quarantined[["source", "reason_code"]].values.tolist() == [["empty.txt", "empty_file"]]


def test_cli_evaluate_scores_datasets_against_gold(seed_build, capsys):
    _, out = seed_build
    assert main(["evaluate", "--datasets", str(out), "--gold", str(SEED_GOLD), "--corpus", str(SEEDS)]) == 0
    printed = capsys.readouterr().out
    assert "articles scored: 5" in printed and "date_values" in printed and "provenance_exact" in printed


def test_datapackage_matches_the_published_files(seed_build):
    _, out = seed_build
    package = json.loads((out / "datapackage.json").read_text())
    rows = {r["name"]: r["rows"] for r in package["resources"]}
    assert rows == {t: len(pd.read_parquet(out / f"{t}.parquet")) for t in schemas.TABLES}


def _extraction_metadata(result) -> dict:
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == "articles"]
    return {k: v.value for k, v in event.event_specific_data.materialization.metadata.items()}


def test_a_refresh_extracts_only_new_or_changed_articles(tmp_path):
    from pipelines.cli import run_build

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[:3]:
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    first = _extraction_metadata(run_build(corpus, out))
    assert (first["articles_extracted"], first["articles_from_cache"]) == (3, 0)

    (corpus / seeds[3].name).write_text(seeds[3].read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / seeds[0].name).unlink()
    second = _extraction_metadata(run_build(corpus, out))
    assert (second["articles_extracted"], second["articles_from_cache"], second["articles_carried_over"]) == (1, 2, 2)
    assert second["cache_entries_dropped"] == 1
    assert len(pd.read_parquet(out / "articles.parquet")) == 3
