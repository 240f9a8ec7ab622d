"""An office for one or several world regions written before its holder's name ('Vice President for Latin America
and the Caribbean NAME', 'Assistant Secretary-General for Europe, Central Asia and the Americas NAME'): the office
runs over the regions to the name, and 'America' in a region's name is no state the holder serves. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def person(text, name):
    return next(((a.role, a.country) for a in extract_actors(text) if a.name == name), None)


CASES = [
    (
        "The World Bank's Vice President for Latin America and the Caribbean Ana Lucia Ferreira said Peru would "
        "get a loan.",
        "Ana Lucia Ferreira",
        ("Vice President for Latin America and the Caribbean", None),
    ),
    (
        "IMF Director for the Middle East and Central Asia Karim Haddad said Jordan had met its targets.",
        "Karim Haddad",
        ("Director for the Middle East and Central Asia", None),
    ),
    (
        "UN Assistant Secretary-General for Europe, Central Asia and the Americas Petr Novak met Serbian officials.",
        "Petr Novak",
        ("Assistant Secretary-General for Europe, Central Asia and the Americas", None),
    ),
    (
        "IDB Regional Director for Central America Sofia Mendez said Honduras would benefit.",
        "Sofia Mendez",
        ("Regional Director for Central America", None),
    ),
    (
        "Chile's Undersecretary for Latin America and the Caribbean Tomas Herrera met Bolivian officials.",
        "Tomas Herrera",
        ("Undersecretary for Latin America and the Caribbean", "CHL"),
    ),
    (
        "Britain's Minister of State for South Asia and the Commonwealth Edward Blake visited Sri Lanka.",
        "Edward Blake",
        ("Minister of State for South Asia and the Commonwealth", "GBR"),
    ),
    (
        "US Assistant Secretary of State for Western Hemisphere Affairs Laura Grant met Argentine officials.",
        "Laura Grant",
        ("Assistant Secretary of State for Western Hemisphere Affairs", "USA"),
    ),
    (
        "AfDB Vice President for North Africa and the Sahel Youssef Benali said Morocco would get $300 million.",
        "Youssef Benali",
        ("Vice President for North Africa and the Sahel", None),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_an_office_for_world_regions_runs_to_the_name(text, name, expected):
    assert person(text, name) == expected


def test_an_office_for_a_state_or_a_portfolio_is_read_as_before():
    text = "Japan's Special Envoy for Afghanistan Kenji Sato met Pakistani officials."
    assert person(text, "Kenji Sato") == ("Special Envoy", "JPN")
    text = "Ghana's Minister for Foreign Affairs Kwesi Mensah met Togolese officials in Accra."
    assert person(text, "Kwesi Mensah") == ("Minister for Foreign Affairs", "GHA")
    text = "Peru's Ambassador to South Africa Rosa Quispe met South African officials."
    role, country = person(text, "Rosa Quispe")
    assert role.startswith("Ambassador") and country == "PER"


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        (
            "El vicepresidente para América Latina y el Caribe del Banco Mundial, Mariana Soto, visitó Colombia.",
            "Mariana Soto",
            "es",
        ),
        (
            "La directora para Centroamérica del BID, Lucía Fuentes, dijo que Honduras recibirá un préstamo.",
            "Lucía Fuentes",
            "es",
        ),
    ],
)
def test_a_region_after_para_is_no_name(text, name, language):
    persons = {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}
    assert persons == {name: None}
