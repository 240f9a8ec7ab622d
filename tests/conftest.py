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


def built_actors(root: Path, texts: dict[str, str]):
    """The actors table of the articles `texts` (article id to text), built in `root` as the job builds it."""
    import pandas as pd

    from pipelines.runtime.build import build_tables
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import ingest
    from pipelines.tables.rows import to_frame

    corpus, raw, tables = root / "corpus", root / "raw.parquet", root / "tables"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    with FactCache(root / "cache.sqlite", "v") as cache:
        ingest(corpus, raw)
        build_tables(raw, tables, to_frame("quarantine", []), cache)
    return pd.read_parquet(tables / "actors.parquet")


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


def date_rows(text: str, published: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """Each date mention of `text`, published on the ISO day `published`: its text, first and last day (ISO)."""
    from datetime import date

    from pipelines.extract.dates import extract_dates

    return [
        (d.text, d.date_start and d.date_start.isoformat(), d.date_end and d.date_end.isoformat())
        for d in extract_dates(text, date.fromisoformat(published), language=language)
    ]


def assert_one_money_fact(text: str, amount, amount_max, currency: str, kind, subject) -> None:
    """The text states this amount once, in this currency, of this kind and subject; a set of kinds or subjects
    accepts any of them (where the annotation guidelines leave two readings open)."""
    from pipelines.extract.article import extract_article
    from pipelines.extract.settings import default_settings

    money = extract_article(text, default_settings().replace(money_kind_model="rules")).money  # the rules' cases
    found = [m for m in money if m.amount == amount and m.amount_max == amount_max]
    assert len(found) == 1, [(m.text, m.amount, m.amount_max) for m in money]
    fact = found[0]

    def accepts(expected, value) -> bool:
        return value in expected if isinstance(expected, set) else value == expected

    assert (fact.currency, accepts(kind, fact.kind), accepts(subject, fact.subject)) == (currency, True, True), (
        fact.kind,
        fact.subject,
    )


def country_mention(article: str, code: str):
    """An identity mention of a state (`code`), for tests of keys across articles."""
    from pipelines.extract.identity import Mention

    return Mention(article, "country", code, code, code, None)


def body_mention(article: str, name: str, country: str | None = None):
    """An identity mention of an organisation, with the state the extractor gave it, if any."""
    from pipelines.extract.identity import Mention

    return Mention(article, "organization", name, name, country, None)


def identity_ids(mentions, states=None) -> list[str]:
    """The ids `assign_ids` gives `mentions`, given each article's states (`states`)."""
    from pipelines.extract.identity import assign_ids, group_mentions

    return assign_ids(group_mentions(mentions, states or {}), mentions, [None] * len(mentions), {})


# A story's first paragraph in each annotated language, under the page heads the metadata tests write.
STORY_BODIES = {
    "en": (
        "The two governments agreed on Tuesday to widen cooperation in farming, shipping and renewable energy, "
        "officials said after a day of talks in the capital.\n"
    ),
    "es": (
        "Los dos gobiernos acordaron el martes ampliar la cooperación en agricultura, transporte marítimo y energías "
        "renovables, según informaron fuentes oficiales tras las reuniones.\n"
    ),
    "fr": (
        "Les deux gouvernements ont convenu mardi d'élargir leur coopération dans l'agriculture, le transport "
        "maritime et les énergies renouvelables, selon des sources officielles.\n"
    ),
    "pt": (
        "Os dois governos concordaram na terça-feira em ampliar a cooperação em agricultura, transporte marítimo e "
        "energias renováveis, segundo fontes oficiais após as reuniões.\n"
    ),
}
# The same story in English as the earlier metadata tests wrote it.
STORY_AFTER_TALKS = (
    "The two governments agreed on Tuesday to widen cooperation in farming, shipping and solar power, officials "
    "said after the talks ended in the capital.\n"
)
