import json
import os

import pandas as pd
import pyarrow as pa
import pytest

import schemas
from pipelines.tables import publish as publish_module
from pipelines.tables.files import guard_formulas
from pipelines.tables.publish import publish, recover
from pipelines.tables.rows import quarantine_row, to_frame


def tables(tag: str) -> dict[str, pd.DataFrame]:
    rows = {
        "quarantine": [
            quarantine_row("input", f"{tag}.txt", "empty_file", '=HYPERLINK("http://x")'),
            *(quarantine_row("input", f"{tag}{c}.txt", "empty_file", f"{c}1", {"text": c}) for c in "+-@"),
        ]
    }
    return {name: to_frame(name, rows.get(name, [])) for name in schemas.TABLES}


def test_parquet_and_csv_hold_the_same_rows_and_the_package_describes_them(tmp_path):
    publish(tables("one"), tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == list(schemas.TABLES)
    for resource in package["resources"]:
        parquet = pd.read_parquet(tmp_path / resource["parquet"]["path"])
        csv = pd.read_csv(tmp_path / resource["path"])
        assert len(parquet) == len(csv) == resource["rows"]
        assert (
            list(csv.columns) == [f["name"] for f in resource["schema"]["fields"]] == schemas.columns(resource["name"])
        )
        assert resource["hash"].startswith("sha256:")
        assert all(f["description"] for f in resource["schema"]["fields"])


def test_the_csv_holds_the_parquet_values_even_when_they_look_like_formulas(tmp_path):
    publish(tables("one"), tmp_path)
    csv = pd.read_csv(tmp_path / "quarantine.csv", dtype=str, keep_default_na=False)
    parquet = pd.read_parquet(tmp_path / "quarantine.parquet").fillna("")
    assert sorted(csv["reason"]) == ["+1", "-1", '=HYPERLINK("http://x")', "@1"]
    pd.testing.assert_frame_equal(csv, parquet)


def test_the_spreadsheet_copy_is_opt_in_and_guards_formulas(tmp_path):
    from pipelines.cli import main

    publish(tables("one"), tmp_path / "datasets")
    assert main(["spreadsheet-csv", "--datasets", str(tmp_path / "datasets"), "--output", str(tmp_path / "x")]) == 0
    guarded = pd.read_csv(tmp_path / "x" / "quarantine.csv").set_index("source")
    assert guarded.loc["one.txt", "reason"] == '\'=HYPERLINK("http://x")' and guarded.loc["one-.txt", "reason"] == "'-1"
    assert pd.read_csv(tmp_path / "datasets" / "quarantine.csv").set_index("source").loc["one-.txt", "reason"] == "-1"
    # The copies never overwrite the datasets' own CSV.
    datasets = str(tmp_path / "datasets")
    assert main(["spreadsheet-csv", "--datasets", datasets, "--output", datasets]) == 2


def test_guard_leaves_numbers_and_plain_text_alone():
    table = pa.table({"n": [-1, 2], "s": ["-5 tonnes", "plain"], "t": ["a", None]})
    out = guard_formulas(table)
    assert out.column("n").to_pylist() == [-1, 2] and out.column("s").to_pylist() == ["'-5 tonnes", "plain"]
    assert out.column("t").to_pylist() == ["a", None]


def test_a_publish_that_fails_half_way_leaves_the_old_datasets_intact(tmp_path, monkeypatch):
    publish(tables("old"), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    real_replace = os.replace
    calls = {"n": 0}

    def failing_replace(src, dst):
        calls["n"] += 1
        if calls["n"] == len(before) + 3:  # part-way through moving the new files in
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(publish_module.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        publish(tables("new"), tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.is_dir()]


def test_recover_restores_the_old_set_after_a_crash_mid_swap(tmp_path):
    publish(tables("old"), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    # Simulate a process killed after moving two old files aside and one new file in.
    backup = tmp_path / ".publish-old-crash"
    backup.mkdir()
    for name in ("articles.csv", "articles.parquet"):
        os.replace(tmp_path / name, backup / name)
    (tmp_path / "articles.csv").write_text("half-written")
    recover(tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before


def test_a_successful_publish_replaces_every_file(tmp_path):
    publish(tables("old"), tmp_path)
    publish(tables("new"), tmp_path)
    assert {s[:3] for s in pd.read_parquet(tmp_path / "quarantine.parquet")["source"]} == {"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(publish_module.published_files(list(schemas.TABLES)))
