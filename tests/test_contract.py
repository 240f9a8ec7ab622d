"""The data contract end to end, on an edge corpus: the seeds, an article whose title and lines start with
characters a spreadsheet would run, a Russian and an Arabic article, and files in awkward encodings.

Every text here was written for these tests.
"""

import json
import shutil
import unicodedata

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

import schemas
from pipelines.tables.rows import FACT_TABLES
from tests.conftest import SEEDS

# Articles whose first line, and so their text cell, starts with a character a spreadsheet would run.
FORMULA_ARTICLES = {
    "900_equals": "=Pakistan and Turkey agree to raise trade\n",
    "900_plus": "+ date 2024-03-12\n",
    "900_at": "@ISLAMABAD, March 12 (APP): officials of both sides met in the capital.\n",
    "900_minus": "-$2 billion of it is to come from textiles, the ministry said.\n",
}
FORMULA_BODY = (
    "ISLAMABAD, March 12 (APP): Pakistan and Turkey on Tuesday agreed to raise bilateral trade to $5 billion "
    "by 2026.\nThe two sides also signed an agreement on energy cooperation.\n"
)
RUSSIAN_ARTICLE = """Пакистан и Казахстан договорились расширить торговлю
АСТАНА, 12 марта. Министры иностранных дел Пакистана и Казахстана во вторник провели переговоры в столице.
Стороны договорились увеличить товарооборот до одного миллиарда долларов и открыть прямые авиарейсы.
"""
ARABIC_ARTICLE = """باكستان وتركيا تتفقان على زيادة التجارة
إسلام آباد، 12 مارس: اتفق وزيرا خارجية باكستان وتركيا يوم الثلاثاء على زيادة حجم التبادل التجاري بين البلدين.
ووقع الجانبان مذكرة تفاهم للتعاون في مجال الطاقة والنقل.
"""
# English lines that give dates, actors and money, so that offsets are checked past each file's oddities.
ENGLISH_BODY = (
    "ANKARA, March 5: Türkiye and Pakistan on Monday agreed to raise trade to $5 billion by 2026, said "
    "the foreign minister of Pakistan.\nThe café owners’ association said exports grew by 12% in 2023.\n"
)


def _write_edge_corpus(folder):
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for article_id, first_line in FORMULA_ARTICLES.items():
        (folder / f"{article_id}.txt").write_text(first_line + FORMULA_BODY, encoding="utf-8")
    (folder / "901_russian.txt").write_text(RUSSIAN_ARTICLE, encoding="utf-8")
    (folder / "902_arabic.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")
    # A byte-order mark and stray control characters before the text.
    (folder / "910_bom.txt").write_bytes(b"\xef\xbb\xbf\x07\x0b" + ENGLISH_BODY.encode("utf-8"))
    # Decomposed accents (NFD): the file has more code points than the text the pipeline mines.
    (folder / "911_nfd.txt").write_text(unicodedata.normalize("NFD", ENGLISH_BODY), encoding="utf-8")
    # Windows line ends.
    (folder / "912_crlf.txt").write_bytes(ENGLISH_BODY.replace("\n", "\r\n").encode("utf-8"))
    # A legacy code page: curly quotes and accents as single bytes.
    (folder / "913_cp1252.txt").write_bytes(ENGLISH_BODY.replace("Türkiye", "Turkiye").encode("cp1252"))


@pytest.fixture(scope="module")
def edge_build(tmp_path_factory):
    from pipelines.cli import run_build

    root = tmp_path_factory.mktemp("edge")
    _write_edge_corpus(root / "corpus")
    result = run_build(root / "corpus", root / "out")
    assert result.success
    return root / "out"


def _read_csv(path, schema: pa.Schema) -> pa.Table:
    """A published CSV read with its table's types: empty cells are nulls, quoted empty strings are strings."""
    return pacsv.read_csv(
        path,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=schema, strings_can_be_null=True, quoted_strings_can_be_null=False
        ),
    )


def test_every_csv_value_equals_its_parquet_value(edge_build):
    for table in schemas.TABLES:
        parquet = pq.read_table(edge_build / f"{table}.parquet")
        csv = _read_csv(edge_build / f"{table}.csv", parquet.schema)
        assert csv.num_rows == parquet.num_rows
        for name in parquet.schema.names:
            assert csv.column(name).to_pylist() == parquet.column(name).to_pylist(), (table, name)
    texts = _read_csv(edge_build / "articles.csv", pq.read_schema(edge_build / "articles.parquet")).to_pandas()
    for article_id, first_line in FORMULA_ARTICLES.items():
        assert texts.set_index("article_id").loc[article_id, "text"].startswith(first_line)


def test_offsets_give_the_text_in_csv_and_parquet_for_every_encoding(edge_build):
    for fmt in ("csv", "parquet"):
        if fmt == "csv":
            articles = _read_csv(edge_build / "articles.csv", pq.read_schema(edge_build / "articles.parquet"))
        else:
            articles = pq.read_table(edge_build / "articles.parquet")
        texts = dict(zip(articles.column("article_id").to_pylist(), articles.column("text").to_pylist(), strict=True))
        for table in FACT_TABLES:
            rows = pq.read_table(edge_build / f"{table}.parquet")
            if fmt == "csv":
                rows = _read_csv(edge_build / f"{table}.csv", rows.schema)
            for row in rows.to_pylist():
                assert texts[row["article_id"]][row["char_start"] : row["char_end"]] == row["text"], (fmt, row)
    # Every odd file was mined, with the same facts as its plain twin.
    money = pq.read_table(edge_build / "monetary_amounts.parquet").to_pandas()
    for article_id in ("910_bom", "911_nfd", "912_crlf", "913_cp1252"):
        assert money[money.article_id == article_id].text.tolist() == ["$5 billion"], article_id


def test_russian_and_arabic_are_named_and_say_why_they_have_no_facts(edge_build):
    articles = pq.read_table(edge_build / "articles.parquet").to_pandas().set_index("article_id")
    assert articles.loc["901_russian", "language"] == "ru" and articles.loc["902_arabic", "language"] == "ar"
    for article_id, language in (("901_russian", "ru"), ("902_arabic", "ar")):
        assert articles.loc[article_id, "facts_not_mined"].startswith(f"language {language} is not supported")
        for table in FACT_TABLES:
            assert article_id not in set(
                pq.read_table(edge_build / f"{table}.parquet").column("article_id").to_pylist()
            )
    assert articles.loc["900_equals", "language"] == "en" and pd.isna(articles.loc["900_equals", "facts_not_mined"])


def test_every_resource_has_a_key_and_every_fact_table_points_at_articles(edge_build):
    package = json.loads((edge_build / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert resource["schema"]["primaryKey"], resource["name"]
        references = {
            (tuple(k["fields"]), k["reference"]["resource"]) for k in resource["schema"].get("foreignKeys", [])
        }
        if resource["name"] in FACT_TABLES:
            assert (("article_id",), "articles") in references
        if resource["name"] == "actors" and "entities" in schemas.TABLES:
            assert (("actor_id",), "entities") in references


def test_frictionless_validates_the_published_package(edge_build):
    from frictionless import Package

    report = Package(str(edge_build / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_parquet_files_describe_themselves(edge_build):
    package = json.loads((edge_build / "datapackage.json").read_text(encoding="utf-8"))
    assert package["schema_version"] == schemas.SCHEMA_VERSION and package["created"] and package["source_commit"]
    for table, model in schemas.TABLES.items():
        schema = pq.read_schema(edge_build / f"{table}.parquet")
        descriptions = {name: column.description for name, column in model.to_schema().columns.items()}
        assert {f.name: f.metadata[b"description"].decode() for f in schema} == descriptions
        assert all(descriptions.values()), table
        assert schema.metadata[b"dataset"].decode() == table
        assert schema.metadata[b"schema_version"].decode() == schemas.SCHEMA_VERSION
        assert schema.metadata[b"source_commit"].decode() == package["source_commit"]


def test_a_build_tells_its_progress_and_quiet_means_quiet(tmp_path, monkeypatch, capsys, caplog):
    from pipelines.cli import main
    from pipelines.runtime import progress

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"{n}.txt").write_text(FORMULA_BODY, encoding="utf-8")
    monkeypatch.setattr(progress, "MIN_ARTICLES", 1)  # a build of hundreds of articles, in small
    with caplog.at_level("INFO", logger="pipelines.progress"):
        assert main(["build", "--input", str(corpus), "--output", str(tmp_path / "out"), "--workers", "1"]) == 0
    told = [r.getMessage() for r in caplog.records if r.name == "pipelines.progress"]
    assert told[0] == "building 3 articles" and told[-1].startswith("articles 3/3 (100%)")
    assert "articles published: 3" in capsys.readouterr().out
    assert main(["build", "--input", str(corpus), "--output", str(tmp_path / "out"), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
