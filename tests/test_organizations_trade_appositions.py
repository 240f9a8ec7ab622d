"""A one-word name that its apposition types as a company by its trade ("NAME, the shipyard, ...", "NAME, the
Chinese tech giant, ..."); a trade noun a person may be called ("miner", "maker") types nothing. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def actors(text):
    return {a.name: a.actor_type for a in extract_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sevmash, the shipyard, will refit the cruiser.", "Sevmash"),
        ("Tatneft, the Russian oil producer, expanded in Uzbekistan.", "Tatneft"),
        ("Severstal, the steelmaker, raised prices.", "Severstal"),
        ("Nexperia, the Dutch chipmaker, halted shipments.", "Nexperia"),
        ("Lukoil, the oil major, sold its stake.", "Lukoil"),
        ("Qatargas, the LNG producer, signed a 20-year deal.", "Qatargas"),
    ],
)
def test_an_apposition_naming_a_trade_types_the_name_as_a_company(text, name):
    assert actors(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, the maker of the film, spoke to reporters.",
        "Carlos Mendes, a copper miner in Tete, lost his job.",
    ],
)
def test_a_trade_a_person_may_have_types_no_company(text):
    assert "organization" not in actors(text).values()
