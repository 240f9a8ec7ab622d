"""States that no longer exist (the Soviet Union, East and West Germany, Yugoslavia, Czechoslovakia): their names,
their demonyms, and the cities of their former lands, on sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.sectors import extract_sectors
from tests.conftest import assert_knowledge_csv


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def countries(text):
    return {a.country: a.name for a in extract_actors(text) if a.actor_type == "country"}


def test_the_historic_state_table_has_its_columns():
    assert_knowledge_csv("historic_states.csv", ["alpha3", "name", "successors"], ["alpha3"])


def test_a_soviet_official_serves_the_soviet_union_and_moscow_is_its_capital():
    text = (
        "BONN, March 3 (Reuter) - West Germany will sell more machine tools to the Soviet Union, Finance Minister "
        "Karl Brenner said. Soviet Premier Nikolai Voronin visited Moscow factories with him, and Moscow said "
        "the order would double. Moscow expects the first deliveries in spring."
    )
    assert persons(text) == {"Karl Brenner": ("Finance Minister", "DEU"), "Nikolai Voronin": ("Premier", "SUN")}
    assert countries(text) == {"SUN": "Soviet Union", "DEU": "West Germany"}


def test_east_germany_yugoslavia_and_czechoslovakia_are_states_of_their_own():
    text = (
        "East German Foreign Minister Otto Lenz met Yugoslav Prime Minister Ante Pavlic and the Czechoslovak "
        "ambassador, Jan Kral, in Vienna."
    )
    assert {name: state for name, (_, state) in persons(text).items()} == {
        "Otto Lenz": "DDR",
        "Ante Pavlic": "YUG",
        "Jan Kral": "CSK",
    }


def test_the_rich_industrial_nations_are_no_industry_sector():
    text = "In Houston, the leaders of the seven industrialized nations met Soviet President Pavel Orlov."
    assert "industry" not in {hit.sector for hit in extract_sectors(text)}


def test_in_a_story_on_the_soviet_union_its_capital_counts_for_it():
    text = (
        "Moscow rejected the American offer on Friday. Spokesman Gennady Petrov told reporters in Moscow that "
        "the Soviet Union wanted talks first. Moscow has asked the United States for grain credits before."
    )
    assert persons(text) == {"Gennady Petrov": ("Spokesman", "SUN")}
