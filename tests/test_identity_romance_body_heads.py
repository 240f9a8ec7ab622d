"""A state's body named in Spanish, French or Portuguese in one article and in English in another is one body.

A battery written for these tests: the heads of state bodies as Latin American and European states name them
(`Secretaría de Relaciones Exteriores`, `Ministerio de Hacienda y Crédito Público`, `Departamento de Estado`,
`Senado Federal`; `body_synonyms.csv`, `body_states.csv`, `body_holders.csv`) and the words of other bodies'
names (`Fonds vert pour le climat`, `Administración General de Aduanas`; `org_words_romance.csv`)."""

from __future__ import annotations

import pytest

from pipelines.extract.identity import group_mentions
from pipelines.extract.identity_groups import Mention


def _keys(rows, states):
    mentions = [Mention(a, "organization", n, n, c, None) for a, n, c in rows]
    groups = group_mentions(mentions, states)
    return {(mentions[i].article_id, mentions[i].name): g.key for g in groups for i in g.members}


HEADS = [
    ("Secretaría de Relaciones Exteriores", None, "Foreign Ministry", "MEX"),
    ("Secretaría de Hacienda y Crédito Público", None, "Finance Ministry", "MEX"),
    ("Secretaría de Hacienda", None, "Ministry of Finance", "MEX"),
    ("Ministerio de Hacienda y Crédito Público", None, "Ministry of Finance", "COL"),
    ("Ministerio de Relaciones Exteriores y Culto", None, "Foreign Ministry", "ARG"),
    ("Ministère des Affaires étrangères et de la Coopération", None, "Ministry of Foreign Affairs", "MLI"),
    ("Ministério dos Negócios Estrangeiros", None, "Foreign Ministry", "PRT"),
    ("Secretaría de la Defensa Nacional", None, "Defense Ministry", "MEX"),
    ("Senado de la República", None, "Senate", "MEX"),
    ("Senado Federal", None, "Senate", "BRA"),
    ("Sénat", None, "Senate", "SEN"),
]


@pytest.mark.parametrize(("romance", "country", "english", "state"), HEADS)
def test_a_state_body_head_in_spanish_french_or_portuguese_is_the_english_one(romance, country, english, state):
    keys = _keys([("a1", romance, country), ("a2", english, None)], {"a1": state, "a2": state})
    assert keys["a1", romance] == keys["a2", english] == f"{state}/{keys['a2', english].split('/', 1)[1]}"


@pytest.mark.parametrize(
    "romance", ["Departamento de Estado", "Département d'État", "Departamento del Tesoro", "Departamento do Tesouro"]
)
def test_the_united_states_departments_in_other_languages_are_its_own_in_any_report(romance):
    english = "State Department" if "Estado" in romance or "État" in romance else "Treasury Department"
    keys = _keys([("a1", romance, None), ("a2", english, None)], {"a1": "CHL", "a2": "JPN"})
    assert keys["a1", romance] == keys["a2", english]
    assert keys["a1", romance].startswith("USA/")


def test_a_head_only_some_states_give_is_theirs_in_a_report_from_elsewhere():
    rows = [("a1", "Secretaría de Relaciones Exteriores", None), ("a2", "Mexican Foreign Ministry", "MEX")]
    keys = _keys(rows, {"a1": "GTM", "a2": "MEX"})
    assert keys["a1", "Secretaría de Relaciones Exteriores"] == keys["a2", "Mexican Foreign Ministry"]
    assert keys["a1", "Secretaría de Relaciones Exteriores"].startswith("MEX/")


NAMES = [
    ("Fondo Verde para el Clima", "Green Climate Fund", None),
    ("Fonds vert pour le climat", "Green Climate Fund", None),
    ("Fundo Verde para o Clima", "Green Climate Fund", None),
    ("Administración General de Aduanas de China", "General Administration of Customs of China", None),
    ("Office national de l'eau potable", "National Office of Drinking Water", "MAR"),
    ("Instituto Nacional de Estadística y Censos", "National Institute of Statistics and Census", "ARG"),
]


@pytest.mark.parametrize(("romance", "english", "state"), NAMES)
def test_a_body_name_in_spanish_french_or_portuguese_joins_its_english_name(romance, english, state):
    keys = _keys([("a1", romance, state), ("a2", english, state)], {})
    assert keys["a1", romance] == keys["a2", english]


def test_two_climate_funds_of_other_words_stay_apart():
    keys = _keys([("a1", "Fondo Verde para el Clima", None), ("a2", "Climate Investment Fund", None)], {})
    assert keys["a1", "Fondo Verde para el Clima"] != keys["a2", "Climate Investment Fund"]
