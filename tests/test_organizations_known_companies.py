"""Companies and state enterprises named by their brand alone, with no legal form, head noun or trade word: the
companies table (`pipelines/knowledge/companies.csv`) knows them, in any region and language; words that only
look like a brand stay unnamed."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.knowledge import company_states


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected", "state"),
    [
        ("Output at Tengizchevroil fell in the second quarter after a pipeline outage.", "en", "Tengizchevroil", "KAZ"),
        ("Buyers in Shanghai cut orders from Fonterra after prices climbed.", "en", "Fonterra", "NZL"),
        ("Albania will receive 50,000 Sinovac doses next month.", "en", "Sinovac", "CHN"),
        ("A ferry run by Tallink carried the delegation across the gulf.", "en", "Tallink", "EST"),
        ("La Senelec a signé un accord avec un bailleur pour réhabiliter le réseau.", "fr", "Senelec", "SEN"),
        ("A Braskem vai investir na nova unidade de Alagoas.", "pt", "Braskem", "BRA"),
        ("El contrato fue adjudicado a Renfe y a una constructora local.", "es", "Renfe", "ESP"),
        ("Petrobangla will import two more cargoes of liquefied gas.", "en", "Petrobangla", "BGD"),
    ],
)
def test_a_known_company_named_by_its_brand_alone(text, language, expected, state):
    found = organizations(text, language)
    assert expected in found
    assert found[expected].country == state


def test_a_short_form_the_table_gives_is_the_company_s_own():
    found = organizations("Thai Airways will resume flights to Kathmandu in March.")
    assert found["Thai Airways"].actor_id == "thai-airways-international"
    said_twice = organizations("Thai Airways International and Nepal signed the deal; Thai Airways will fly daily.")
    assert "Thai Airways" not in said_twice
    assert "Thai Airways International" in said_twice


def test_a_company_name_with_a_comma_is_one_name():
    found = organizations("The Japan Oil, Gas and Metals National Corporation will fund the survey.")
    assert "Japan Oil, Gas and Metals National Corporation" in found
    assert "Japan Oil" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Total trade between the two countries rose by a fifth last year.",
        "The Proton rocket carried the satellite into orbit.",
        "Vale lembrar que o acordo foi assinado em março.",
        "Metro lines in the capital will be extended to the airport.",
    ],
)
def test_words_that_only_look_like_a_brand_name_no_company(text):
    assert not organizations(text, "pt" if text.startswith("Vale") else "en")


def test_every_company_has_one_state_and_names_are_unique():
    states = company_states()
    assert states["Tengizchevroil"] == "KAZ"
    assert states["Petrobangla"] == "BGD"
    assert all(len(code) == 3 and code.isupper() for code in states.values())
