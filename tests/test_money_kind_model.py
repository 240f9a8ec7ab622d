"""The money kind and subject classifier (corpus setting money_kind_model): its weights file, its loader and a few
clear sentences in each language, written for these tests."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.money import extract_money
from pipelines.extract.money_model import (
    FEATURES_VERSION,
    KINDS,
    SUBJECTS,
    WEIGHTS_FILE,
    Model,
    features,
    load_weights,
    parse_weights,
)
from pipelines.extract.settings import MONEY_KIND_MODELS, default_settings

CLASSIFIER = default_settings().replace(money_kind_model="classifier", person_model="")
RULES = default_settings().replace(money_kind_model="rules", person_model="")
FEATURE_NAME = re.compile(r"(?:lang|rk|rs|rks|b[123]?|bs|a[12]?|as|s|tense)=.+|year_after|year_before")


def _weights() -> dict:
    return json.loads(resources.files("pipelines.knowledge").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))


def test_the_weights_file_fits_its_schema():
    data = _weights()
    assert data["features_version"] == FEATURES_VERSION
    assert data["examples"] > 1000 and data["trained_on"] == sorted(data["trained_on"])
    for name, allowed in (("kind", KINDS), ("subject", SUBJECTS)):
        part = data[name]
        assert part["classes"] == sorted(allowed)
        assert len(part["bias"]) == len(part["classes"])
        assert part["weights"]
        for feature, row in part["weights"].items():
            assert FEATURE_NAME.fullmatch(feature), feature
            assert len(row) == len(part["classes"]) and all(isinstance(w, float) for w in row)


def test_the_loader_gives_a_kind_and_a_subject_model():
    kind, subject = load_weights()
    assert set(kind.classes) == set(KINDS) and set(subject.classes) == set(SUBJECTS)
    assert load_weights() is load_weights()  # read once


def test_a_file_of_another_feature_version_or_shape_is_refused():
    data = _weights()
    with pytest.raises(ValueError, match="features_version"):
        parse_weights({**data, "features_version": FEATURES_VERSION + 1})
    bad = {**data, "kind": {**data["kind"], "bias": [0.0]}}
    with pytest.raises(ValueError, match="number of classes"):
        parse_weights(bad)
    with pytest.raises(ValueError, match="classes"):
        parse_weights({**data, "subject": {**data["subject"], "classes": ["gift", *data["subject"]["classes"][1:]]}})


def test_a_model_adds_the_weights_of_the_features_it_knows():
    model = Model(("actual", "target"), (0.5, 0.0), {"b=raise": (0.0, 2.0), "b=raise2": (0.0, 1.0)})
    assert model.decide(["b=raise", "unknown"], "actual") == "target"
    assert model.decide(["b=raise", "b=raise2"], "actual") == "target"


def test_the_rules_reading_holds_where_the_model_is_not_confident():
    model = Model(("actual", "target"), (0.3, 0.0), {"b=raise": (0.0, 1.5), "b=was": (1.0, 0.0)})
    assert model.decide([], "target") == "target"  # p(actual) = 0.57, below CONFIDENT
    assert model.decide(["b=raise", "b=was"], "actual") == "actual"  # p(target) = 0.55
    assert model.decide(["b=was"], "target") == "actual"  # p(actual) = 0.79


def test_features_read_the_words_around_the_figure_and_the_rules_decision():
    text = "The two ministers agreed to raise bilateral trade to $5 billion by 2030."
    start = text.index("$5")
    found = features(text, (start, start + len("$5 billion")), "en", "target", "trade")
    assert {"lang=en", "rk=target", "rs=trade", "rks=target|trade", "b1=to", "b2=trade", "year_after"} <= set(found)
    assert "b=agreed" in found and "a1=by" in found
    assert found == features(text, (start, start + len("$5 billion")), "en", "target", "trade")  # deterministic


def _read(text: str, settings=CLASSIFIER) -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_article(text, settings).money]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The two presidents agreed to raise bilateral trade to $10 billion by 2030.", ("target", "trade")),
        ("Trade between the two countries stood at $3.2 billion last year, officials said.", ("actual", "trade")),
        ("The World Bank approved a $500 million loan to the government on Tuesday.", ("commitment", "loan")),
        ("Japan pledged $20 million in humanitarian aid for the flood victims.", ("commitment", "aid")),
        (
            "Los dos gobiernos acordaron elevar el comercio bilateral a 5.000 millones de dólares en 2028.",
            ("target", "trade"),
        ),
        (
            "Le commerce entre les deux pays a atteint 2 milliards d'euros l'an dernier, selon le ministère.",
            ("actual", "trade"),
        ),
        (
            "O Banco Mundial aprovou um empréstimo de 300 milhões de dólares ao governo do país.",
            ("commitment", "loan"),
        ),
        (
            "The Chinese company will invest $2 billion in a new steel plant in the province.",
            ("commitment", "investment"),
        ),
        ("The government signed a contract to build a $400 million bridge over the river.", ("commitment", "project")),
        ("Foreign direct investment reached $1.5 billion in 2023, the central bank said.", ("actual", "investment")),
        (
            "La empresa española invertirá 300 millones de euros en una nueva fábrica en el país.",
            ("commitment", "investment"),
        ),
        (
            "La Unión Europea anunció una ayuda humanitaria de 50 millones de euros para los refugiados.",
            ("commitment", "aid"),
        ),
        (
            "La France a accordé un prêt de 100 millions d'euros au Sénégal pour financer le projet.",
            ("commitment", "loan"),
        ),
        ("Les investissements étrangers ont atteint 3 milliards de dollars en 2022.", ("actual", "investment")),
        ("O governo quer elevar as exportações para 10 mil milhões de euros até 2030.", ("target", "trade")),
    ],
)
def test_clear_sentences_get_their_kind_and_subject(text, read):
    assert _read(text) == [read]


def test_the_setting_chooses_the_rules_or_the_classifier():
    text = "The two presidents agreed to raise bilateral trade to $10 billion by 2030."
    rules = [(m.kind, m.subject) for m in extract_money(text, settings=RULES)]
    assert _read(text, RULES) == rules
    assert default_settings().money_kind_model in MONEY_KIND_MODELS
    assert CLASSIFIER.fingerprint() != RULES.fingerprint()  # results of one are never reused for the other
    with pytest.raises(ValueError, match="unknown money kind model"):
        extract_article(text, default_settings().replace(money_kind_model="bayes", person_model=""))


def test_a_target_the_classifier_reads_keeps_its_year():
    money = extract_article(
        "The two presidents agreed to raise bilateral trade to $10 billion by 2030.", CLASSIFIER
    ).money
    assert [(m.kind, m.year) for m in money] == [("target", 2030)]
