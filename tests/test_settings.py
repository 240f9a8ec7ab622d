"""Corpus settings: explicit defaults, overridable per build, and never mixed up by caches."""

import json
from dataclasses import asdict
from importlib import resources

import pandas as pd

from pipelines.cli import run_build
from pipelines.defs.resources import CorpusDefaults
from pipelines.extract.actors import extract_actors
from pipelines.extract.money import extract_money
from pipelines.extract.settings import CorpusSettings, default_settings

RUPEES = "The two sides agreed on a package of Rs 500 million for the new hospital."


def test_the_defaults_are_the_values_of_corpus_json():
    data = json.loads(resources.files("pipelines.knowledge").joinpath("corpus.json").read_text(encoding="utf-8"))
    assert asdict(default_settings()) == data
    assert default_settings() == CorpusSettings("PAK", "PAK", "PKR", "spacy")  # today's defaults, unchanged


def test_every_setting_changes_the_fingerprint():
    base = default_settings()
    changed = [base.replace(**{name: "XXX"}) for name in asdict(base)]
    assert len({base.fingerprint(), *(s.fingerprint() for s in changed)}) == 1 + len(changed)


def test_a_bare_rupee_takes_the_corpus_currency_unless_the_article_names_a_state():
    [default] = extract_money(RUPEES)
    [indian] = extract_money(RUPEES, settings=default_settings().replace(rupee_currency="INR"))
    assert (default.currency, indian.currency) == ("PKR", "INR")
    [pakistani] = extract_money("Pakistan said " + RUPEES, settings=default_settings().replace(rupee_currency="INR"))
    assert pakistani.currency == "PKR"


def test_an_unqualified_official_serves_the_reporting_country_of_the_settings():
    text = "Bangladesh and Nepal signed three accords. Foreign Minister Abul Hasan Mahmood welcomed the deal."

    def country(settings):
        [person] = [a for a in extract_actors(text, settings=settings) if a.actor_type == "person"]
        return person.country

    assert country(default_settings().replace(reporting_country="BGD")) == "BGD"
    assert country(default_settings().replace(reporting_country="NPL")) == "NPL"


def test_the_dagster_resource_overrides_only_the_fields_it_sets():
    assert CorpusDefaults().settings() == default_settings()
    assert CorpusDefaults(rupee_currency="INR").settings() == default_settings().replace(rupee_currency="INR")


def test_a_rebuild_under_other_settings_neither_reuses_cached_facts_nor_carries_rows_over(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(RUPEES + "\n", encoding="utf-8")

    def currencies(**settings):
        assert run_build(corpus, out, corpus=settings).success
        return pd.read_parquet(out / "monetary_amounts.parquet").currency.tolist()

    assert currencies() == ["PKR"]
    assert currencies(rupee_currency="INR") == ["INR"]
    assert currencies() == ["PKR"]
