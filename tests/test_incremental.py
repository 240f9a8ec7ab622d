"""Incremental refreshes: cached rows stand in for extraction, and a refresh publishes what a full build would."""

import json

import pandas as pd

import schemas
from pipelines.cli import run_build
from pipelines.read.reader import scan_input
from pipelines.runtime.batches import extract_corpus
from pipelines.runtime.cache import FactCache
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_rows_from_the_cache_equal_freshly_extracted_rows(tmp_path):
    articles = scan_input(SEEDS).articles
    with FactCache(tmp_path / "cache.sqlite", "test") as cache:
        fresh = extract_corpus(articles, cache)
        cached = extract_corpus(articles, cache)
    assert (fresh.extracted, cached.extracted, cached.reused) == (len(articles), 0, len(articles))
    for table, frame in fresh.frames.items():
        pd.testing.assert_frame_equal(cached.frames[table], frame)


def test_a_cache_of_another_version_is_not_used(tmp_path):
    articles = scan_input(SEEDS).articles[:2]
    with FactCache(tmp_path / "cache.sqlite", "v1") as cache:
        extract_corpus(articles, cache)
    with FactCache(tmp_path / "cache.sqlite", "v2") as cache:
        assert len(cache) == 0 and extract_corpus(articles, cache).extracted == 2


def _copy(path, folder, name=None, text=None):
    (folder / (name or path.name)).write_text(text or path.read_text(encoding="utf-8"), encoding="utf-8")


def _seed_corpus(folder, seeds):
    """A corpus folder holding the first `seeds` seed articles."""
    folder.mkdir()
    for path in SEED_FILES[:seeds]:
        _copy(path, folder)


def test_a_refresh_publishes_exactly_what_a_full_build_publishes(tmp_path):
    corpus, refreshed, full = tmp_path / "corpus", tmp_path / "refreshed", tmp_path / "full"
    _seed_corpus(corpus, 4)
    assert run_build(corpus, refreshed).success

    # One article added, one removed, one edited, and a syndicated copy whose id sorts first, so that an
    # article the cache already holds becomes a duplicate of a new one.
    _copy(SEED_FILES[4], corpus)
    (corpus / SEED_FILES[0].name).unlink()
    edited = SEED_FILES[1].read_text(encoding="utf-8") + "\nTrade reached $2 billion in 2024.\n"
    _copy(SEED_FILES[1], corpus, text=edited)
    _copy(SEED_FILES[2], corpus, name="000_copy.txt")
    refresh = run_build(corpus, refreshed)
    assert refresh.success
    assert run_build(corpus, full, use_cache=False).success

    [extraction] = [
        e.event_specific_data.materialization.metadata
        for e in refresh.get_asset_materialization_events()
        if e.asset_key.to_user_string() == "articles"
    ]
    # The added and the edited article are extracted; the copy's text is already in the cache.
    assert (extraction["articles_extracted"].value, extraction["articles_from_cache"].value) == (2, 3)
    articles = pd.read_parquet(refreshed / "articles.parquet")
    assert articles.set_index("article_id")["duplicate_of"].get(SEED_FILES[2].stem) == "000_copy"
    for table in schemas.TABLES:
        pd.testing.assert_frame_equal(
            pd.read_parquet(refreshed / f"{table}.parquet"), pd.read_parquet(full / f"{table}.parquet")
        )
        assert (refreshed / f"{table}.csv").read_bytes() == (full / f"{table}.csv").read_bytes()
    # The same package but for its build time.
    packages = [json.loads((folder / "datapackage.json").read_text(encoding="utf-8")) for folder in (refreshed, full)]
    assert [{k: v for k, v in p.items() if k != "created"} for p in packages] == [
        {k: v for k, v in packages[1].items() if k != "created"}
    ] * 2


def test_a_failing_check_blocks_publishing_and_keeps_the_old_datasets(tmp_path, monkeypatch):
    from pipelines.runtime import build

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    _seed_corpus(corpus, 1)
    assert run_build(corpus, out).success
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    _copy(SEED_FILES[1], corpus)
    monkeypatch.setattr(build, "offsets_exact", lambda frame, texts: pd.Series(False, index=frame.index))
    result = run_build(corpus, out)
    assert not result.success
    failed = {
        (ev.asset_key.to_user_string(), ev.check_name) for ev in result.get_asset_check_evaluations() if not ev.passed
    }
    assert failed == {(table, "offsets_exact") for table in ("dates", "actors", "sectors", "monetary_amounts")}
    assert "published_datasets" not in {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_unchanged_files_are_not_read_again_and_an_old_article_file_is_ignored(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipelines.runtime.ingest import ingest, iter_articles

    corpus, raw = tmp_path / "corpus", tmp_path / "raw.parquet"
    _seed_corpus(corpus, 3)
    # A file of articles from an earlier version of the pipeline, without the columns this one needs.
    pq.write_table(pa.table({"article_id": ["x"], "text": ["old"]}), raw)
    with FactCache(tmp_path / "cache.sqlite", "v", kind="signatures") as signatures:
        first = ingest(corpus, raw, signatures)
        _copy(SEED_FILES[1], corpus, text="Edited: " + SEED_FILES[1].read_text(encoding="utf-8"))
        second = ingest(corpus, raw, signatures)
    assert (first.articles, first.files_unchanged) == (3, 0)
    assert (second.articles, second.files_unchanged) == (3, 2)
    texts = {a.article_id: a.text for batch in iter_articles(raw) for a in batch}
    assert texts[SEED_FILES[1].stem].startswith("Edited: ")
    assert texts[SEED_FILES[0].stem] == SEED_FILES[0].read_text(encoding="utf-8")


def test_rows_are_carried_over_only_from_tables_written_by_the_same_code(tmp_path, monkeypatch):
    from pipelines.runtime import build
    from pipelines.runtime.ingest import ingest
    from pipelines.tables.rows import to_frame

    corpus, raw, tables = tmp_path / "corpus", tmp_path / "raw.parquet", tmp_path / "tables"
    _seed_corpus(corpus, 2)
    ingest(corpus, raw)
    no_rejections = to_frame("quarantine", [])
    with FactCache(tmp_path / "cache.sqlite", "v") as cache:
        first = build.build_tables(raw, tables, no_rejections, cache)
        again = build.build_tables(raw, tables, no_rejections, cache)
        monkeypatch.setattr(build, "tables_version", lambda: "another version of the code")
        changed_code = build.build_tables(raw, tables, no_rejections, cache)
    assert (first.extracted, first.carried_over) == (2, 0)
    assert (again.extracted, again.carried_over, again.tables["actors"].rows_in) == (0, 2, 0)
    assert (changed_code.carried_over, changed_code.reused) == (0, 2)  # validated again, from the fact cache
    assert again.tables["actors"].rows == changed_code.tables["actors"].rows == first.tables["actors"].rows


def test_a_published_file_rewritten_in_place_does_not_leak_into_the_next_refresh(tmp_path):
    corpus, out, full = tmp_path / "corpus", tmp_path / "out", tmp_path / "full"
    _seed_corpus(corpus, 2)
    assert run_build(corpus, out).success
    # An analyst "fixes" a published table in place.
    actors = pd.read_parquet(out / "actors.parquet")
    actors.assign(name="edited by hand").to_parquet(out / "actors.parquet", index=False)
    _copy(SEED_FILES[2], corpus)
    assert run_build(corpus, out).success and run_build(corpus, full, use_cache=False).success
    pd.testing.assert_frame_equal(pd.read_parquet(out / "actors.parquet"), pd.read_parquet(full / "actors.parquet"))
