"""Identity across languages and transliterations: one person or body however each article writes it."""

import re

import pytest

from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.extract.name_keys import body_key, person_key
from pipelines.knowledge.identity_tables import name_spellings, org_words_romance
from tests.conftest import assert_knowledge_csv

ORG = "organization"


def test_spelling_rules_are_regular_expressions_in_order():
    rules = name_spellings()
    assert rules and all(re.compile(pattern) for pattern, _ in rules)
    assert len({pattern for pattern, _ in rules}) == len(rules)


def test_the_romance_glossary_has_its_columns_and_one_english_word_per_word():
    assert_knowledge_csv("org_words_romance.csv", ["language", "word", "english"], ["language", "word"])
    languages = {language for language, _, _ in org_words_romance()}
    assert languages == {"en", "es", "fr", "pt"}  # `en`: English words of one meaning (`petroleum`, `oil`)
    english: dict[str, str] = {}
    for _, word, meaning in org_words_romance():
        assert english.setdefault(word, meaning) == meaning, word


def _m(article, name, actor_type="person", country=None, role=None):
    return Mention(article, actor_type, name, name, country, role)


def _ids(mentions, states=None):
    groups = group_mentions(mentions, states or {})
    return assign_ids(groups, mentions, [None] * len(mentions), {})


@pytest.mark.parametrize(
    ("english", "other"),
    [
        ("Artur Melikyan", "Artour Melikian"),  # French `ou` and `i` for `u` and `y`
        ("Sergey Ivanov", "Sergueï Ivanov"),  # French `gu` before e, i
        ("Dmitry Kozak", "Dmitriy Kozak"),
        ("Nurlan Aliyev", "Nourlan Aliev"),
        ("Djamila Bouras", "Jamila Bouras"),
        ("Anatoly Tchernov", "Anatoli Chernov"),
    ],
)
def test_transliterations_of_one_name_have_one_key(english, other):
    assert person_key(english) == person_key(other)


def test_a_transliterated_name_joins_its_person_even_when_the_articles_disagree_on_the_country():
    mentions = [
        _m("a1", "Artur Melikyan", country="ARM", role="Minister of Economy"),
        _m("a2", "Artour Melikian", country="FRA", role="ministre"),
        _m("a3", "Armen Melikyan", country="ARM"),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] != ids[2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministerio de Relaciones Exteriores de Chile", "Chilean Foreign Ministry"),
        ("ministère des Affaires étrangères de l'Azerbaïdjan", "Ministry of Foreign Affairs of Azerbaijan"),
        ("Ministério das Relações Exteriores do Peru", "Peruvian Ministry of Foreign Affairs"),
        ("Cancillería colombiana", "Foreign Ministry of Colombia"),
        ("ministère marocain des Finances", "Moroccan Finance Ministry"),
        ("Ministerio de Defensa de Bolivia", "Bolivian Defence Ministry"),
        ("Embajada de Chile", "Chilean Embassy"),
    ],
)
def test_a_states_body_named_in_spanish_french_or_portuguese_has_the_english_key(a, b):
    assert body_key(a) == body_key(b)


def test_bodies_of_two_states_stay_two_in_any_language():
    chilean, peruvian = "Ministerio de Relaciones Exteriores de Chile", "ministère des Affaires étrangères du Pérou"
    assert body_key(chilean) != body_key(peruvian)


def test_a_body_named_in_two_languages_is_one_entity_and_a_different_body_is_not():
    mentions = [
        _m("a1", "Fondo Nacional de Desarrollo Minero", ORG),
        _m("a2", "Fundo Nacional de Desenvolvimento Mineiro", ORG),
        _m("a3", "National Mining Development Fund", ORG),
        _m("a4", "Agence nationale de l'énergie solaire", ORG),
        _m("a5", "National Solar Energy Agency", ORG),
        _m("a6", "National Wind Energy Agency", ORG),
        _m("a7", "Banco de Desarrollo de Bolivia", ORG),
        _m("a8", "Development Bank of Ecuador", ORG),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] == ids[4] != ids[5]
    assert ids[6] != ids[7]


def test_a_translated_name_that_fits_two_english_names_stays_apart():
    mentions = [
        _m("a1", "Banco de Fomento Rural", ORG),
        _m("a2", "Rural Development Bank", ORG),
        _m("a3", "Development Bank Rural", ORG),
    ]
    ids = _ids(mentions)
    assert ids[0] not in (ids[1], ids[2])


def test_a_company_with_or_without_its_legal_form_is_one_entity():
    mentions = [
        _m("a1", "Kartveli Hydro JSC", ORG),
        _m("a2", "JSC Kartveli Hydro", ORG),
        _m("a3", "Kartveli Hydro LLC", ORG),
        _m("a4", "Kartveli Hydro Grid LLC", ORG),
        _m("a5", "Siemsen Energie GmbH", ORG),
        _m("a6", "Siemsen Energie", ORG),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == ids[2] != ids[3]
    assert ids[4] == ids[5]


def test_a_states_congress_is_its_states_body_and_a_named_congress_is_not():
    mentions = [
        _m("a1", "Congress", ORG),
        _m("a2", "Congress", ORG),
        _m("a3", "US Congress", ORG),
        _m("a4", "World Uyghur Congress", ORG),
        _m("a5", "World Uyghur Congress", ORG),
    ]
    ids = _ids(mentions, states={"a1": "USA", "a2": "PHL", "a4": "CHN", "a5": "DEU"})
    assert ids[0] == ids[2] != ids[1]
    assert ids[3] == ids[4]


def test_a_body_named_without_its_state_in_a_spanish_report_is_of_the_spanish_speaking_state(tmp_path):
    import pandas as pd

    from pipelines.knowledge.identity_tables import states_writing
    from pipelines.runtime.build import build_tables
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import ingest
    from pipelines.tables.rows import to_frame

    assert_knowledge_csv("state_languages.csv", ["language", "alpha3"], ["language", "alpha3"])
    assert "ARG" in states_writing("es") and not states_writing("en")
    corpus, raw, tables = tmp_path / "corpus", tmp_path / "raw.parquet", tmp_path / "tables"
    corpus.mkdir()
    (corpus / "es1.txt").write_text(
        "Buenos Aires, 3 de marzo de 2021\n\nLa Cancillería informó el martes que Argentina y China firmaron un "
        "acuerdo de cooperación. China enviará técnicos y China financiará dos represas, según el comunicado.\n",
        encoding="utf-8",
    )
    with FactCache(tmp_path / "cache.sqlite", "v") as cache:
        ingest(corpus, raw)
        build_tables(raw, tables, to_frame("quarantine", []), cache)
    actors = pd.read_parquet(tables / "actors.parquet")
    assert actors.loc[actors["name"] == "Cancillería", "actor_id"].tolist() == ["ARG/ministry-of-foreign-affairs"]


def test_a_french_ch_for_an_english_sh_joins_a_person_of_the_same_country_only():
    same = _ids([_m("a1", "Rustam Shakirov", country="UZB"), _m("a2", "Roustam Chakirov", country="UZB")])
    assert same[0] == same[1]
    other = _ids([_m("a1", "Rustam Shakirov", country="UZB"), _m("a2", "Roustam Chakirov", country="TJK")])
    assert other[0] != other[1]


def test_a_phrase_of_several_words_and_english_words_of_one_meaning_translate():
    mentions = [
        _m("a1", "Société nationale des chemins de fer du Bénin", ORG),
        _m("a2", "Benin National Railways Company", ORG),
        _m("a3", "Empresa Nacional de Petróleo del Sur", ORG),
        _m("a4", "Southern National Oil Company", ORG),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] != ids[2]
    assert ids[2] == ids[3]


def test_a_known_company_with_its_legal_form_is_the_known_company():
    from pipelines.knowledge import organization_lookup

    known = next(o for o in organization_lookup().values() if o.name == "Petrobras")
    ids = _ids([_m("a1", f"{known.name} S.A.", ORG), _m("a2", known.name, ORG)])
    assert ids[0] == ids[1] == known.actor_id
