"""A state named in the possessive with the apostrophe alone (a name ending in `s`), on sentences written for these
tests: it owns the body after it, is no word of its name and gives it its state; a plural noun's possessive inside
a name (`Workers' Party`) stays."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Philippines' Department of Finance said the loan was signed.", "Department of Finance", "PHL"),
        ("The Netherlands' Foreign Ministry summoned the envoy on Tuesday.", "Foreign Ministry", "NLD"),
        ("The Bahamas’ Ministry of Tourism launched the campaign.", "Ministry of Tourism", "BHS"),
        ("The Seychelles' Central Bank raised its rate by half a point.", "Central Bank", "SYC"),
    ],
)
def test_a_states_plural_possessive_owns_the_body_after_it(text, name, country):
    assert organizations(text).get(name, "missing") == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Farmers' Association of Kenya protested the tariff.", "Farmers' Association of Kenya"),
        ("The Workers' Party of Brazil won the runoff.", "Workers' Party of Brazil"),
    ],
)
def test_a_plural_nouns_possessive_inside_a_name_stays(text, name):
    assert name in organizations(text)
