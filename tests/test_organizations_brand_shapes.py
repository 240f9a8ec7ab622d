"""Brands the model proposes in clauses the earlier rules did not read, on sentences written for these tests:
names written in camel case, names with a short capitals prefix, a subject of two names joined by `and`, and
a single brand word the model reads as a person where the clause shows a company at work."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, proposed=(), label="ORG"):
    """Organisations when the model proposed these names (found by position) with this label."""
    entities = [(text.index(name), text.index(name) + len(name), label) for name in proposed]
    return {a.name for a in extract_actors(text, (), None, entities or None) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The second dam will be built by VoltaHydro under a turnkey contract.", "VoltaHydro"),
        ("Exports rose, and MarbelGroup said it would open a plant in the north.", "MarbelGroup"),
        ("PetroNova signed the production sharing deal on Monday.", "PetroNova"),
    ],
)
def test_a_brand_written_in_camel_case_is_a_name_of_its_own(text, name):
    assert name in organizations(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KT Solvane will supply the cables for the new link.", "KT Solvane"),
        ("The radars were made by HD Korvana for the navy.", "HD Korvana"),
    ],
)
def test_a_brand_with_a_short_prefix_in_capitals_is_kept_whole(text, name):
    assert name in organizations(text, [name])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meridal and Tessaro are building two wind farms on the coast.", "Tessaro"),
        ("Ostreva and Calvani operate weekly flights to the capital.", "Ostreva"),
        ("Brandvik and Olmera have signed a supply agreement.", "Olmera"),
    ],
)
def test_a_name_in_a_subject_joined_by_and_acts_with_its_verb(text, name):
    assert name in organizations(text, [name])


def test_a_brand_acts_when_a_day_stands_between_it_and_its_verb():
    text = "The ministry and Corvantis on Tuesday signed two agreements."
    assert "Corvantis" in organizations(text, ["Corvantis"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The helicopters were built by Darvenko for the coast guard.", "Darvenko"),
        ("Abu Dhabi's Selvaro will invest $300 million in the terminal.", "Selvaro"),
    ],
)
def test_a_single_brand_word_the_model_reads_as_a_person_is_a_company_when_it_acts(text, name):
    assert name in organizations(text, [name], "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Envoy Lucas Darvenko met the minister. Darvenko said ties were strong.", "Darvenko"),
        ("Talks with McTavish will resume, officials said.", "McTavish"),
        ("The accords and MoUs signed will help.", "MoUs"),
    ],
)
def test_a_surname_or_a_code_stays_out(text, name):
    assert name not in organizations(text, [name], "PERSON" if name == "Darvenko" else "ORG")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The new road will run between Tavrika and Sorelo by 2030.", "Tavrika", "PERSON"),
        ("The ferries will carry goods between Porvanta and Lisbon.", "Porvanta", "GPE"),
        ("The carrier, he said, should be owned by Africans.", "Africans", "PERSON"),
    ],
)
def test_a_place_between_two_points_or_a_people_is_no_company(text, name, label):
    assert name not in organizations(text, [name], label)


def test_a_name_a_passive_verb_follows_is_its_object_not_an_actor():
    text = "The Memorandum-Pact was signed by both ministers in the capital."
    assert "Memorandum-Pact" not in organizations(text, ["Memorandum-Pact"])
