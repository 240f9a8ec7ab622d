"""Country actors on page text seen on unseen outlets: only sovereign states, and abbreviations that qualify a
figure or a clock time are no state; every sentence was written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from tests.conftest import assert_knowledge_csv


def countries(text):
    return {a.country for a in extract_actors(text) if a.actor_type == "country"}


def test_the_territory_table_has_one_row_per_code():
    assert_knowledge_csv("territories.csv", ["alpha3", "name"], ["alpha3"])


@pytest.mark.parametrize(
    "text, states",
    [
        ("The council discussed Western Sahara and Hong Kong with ministers from Mali.", {"MLI"}),
        ("Both sides agreed to take trade to US $500 million and later to US 1 billion dollars.", set()),
        ("Last updated: Friday, 4 March, 2005, 16:11 GMT 17:11 UK\nThe UK and Chile agreed.", {"GBR", "CHL"}),
        ("The US and UK signed the accord with Palestine.", {"USA", "GBR", "PSE"}),
    ],
)
def test_only_states_named_as_actors_are_countries(text, states):
    assert countries(text) == states
