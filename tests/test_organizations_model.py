"""Organisations the rules' word lists do not foresee, on sentences written for these tests: brands the model
proposes, kept when the clause shows them acting and dropped when they are places, events, persons or codes."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.org_model import brand_words


def organizations(text, proposed=(), label="ORG"):
    """Organisations when the model proposed these names (found by position) with this label."""
    entities = [(text.index(name), text.index(name) + len(name), label) for name in proposed]
    return {a.name for a in extract_actors(text, (), None, entities or None) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vexora will build a cement plant near the capital, the ministry said.", "Vexora"),
        ("The radars were made by Korvana, officials said.", "Korvana"),
        ("The state lender agreed to lend Marlink R4 billion for new wagons.", "Marlink"),
        ("Zentrix, the largest foreign investor in the gas sector, opened an office.", "Zentrix"),
        ("The turbines come from a unit of Brazil's Solvento Energy, which was founded in 1990.", "Solvento Energy"),
        ("Talks stalled for a year. Halvane Power signed the contract on Friday.", "Halvane Power"),
    ],
)
def test_a_brand_the_model_proposes_is_kept_when_the_clause_shows_it_acting(text, name):
    assert name in organizations(text, [name])


def test_a_name_read_as_a_place_is_a_body_only_as_the_subject_of_a_verb_of_doing():
    assert organizations("Portvale said on Monday that exports rose.", ["Portvale"], "GPE") == {"Portvale"}
    assert organizations("The troops were sent by Ostrava last year.", ["Ostrava"], "GPE") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plant at Dabrova will open next year.", "Dabrova"),  # a place, and it does not act
        ("Families displaced by Typhoon Ramil were helped.", "Typhoon Ramil"),  # an event
        ("Trade grew, envoy Karim Belhadj said on Monday. Belhadj said more.", "Belhadj"),  # a surname
        ("Exports of LNG will rise, officials said.", "LNG"),  # a code in capitals
        ("The loan will fund a port in the city of Merovia, the bank said.", "Merovia"),  # a place's apposition
        ("The accords and MoUs signed will help.", "MoUs"),
        ("Home | About Us | Kelvar will open | Contact", "Kelvar"),  # a menu
    ],
)
def test_a_proposal_that_is_a_place_an_event_a_person_a_code_or_furniture_is_dropped(text, name):
    assert name not in organizations(text, [name])


def test_the_model_is_shown_only_names_the_clause_shows_acting():
    text = "Merovia lies on the coast. Vexora will build a plant there. Officials said so."
    assert [text[a:b] for a, b in brand_words(text, (), ())] == ["Vexora"]


def test_the_model_reads_no_sentence_for_a_word_of_a_person_the_rules_found():
    text = "Minister Omar Haddad spoke first. Haddad said trade grew. Vexora said it agreed."
    assert [text[a:b] for a, b in brand_words(text, (), (), ["Omar Haddad"])] == ["Vexora"]


def test_a_brand_said_again_by_the_first_word_of_its_name_is_that_body():
    text = "The Kenyan firm Tavora-Agrofoods will ship maize. Additionally, Tavora will supply beans."
    assert organizations(text, ["Tavora"]) == {"Tavora-Agrofoods"}


def test_a_name_runs_on_over_the_state_it_serves():
    text = "Tariffs were raised by Power Grids of Armenia, a unit of a Russian group."
    assert "Power Grids of Armenia" in organizations(text, ["Power Grids"])
