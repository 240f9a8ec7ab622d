"""Companies the model proposes that the clause shows as a state's own or as acting in a relative clause, on
sentences written for these tests: `Japan's NAME`, `NAME, which bought ...`; a company's head or trade word in a
proposal of two words is no person's name."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, proposed=(), label="ORG"):
    """Organisations when the model proposed these names (found by position) with this label."""
    entities = [(text.index(name), text.index(name) + len(name), label) for name in proposed]
    return {a.name for a in extract_actors(text, (), None, entities or None) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The port authority is in talks with Norway's Halvorsk about a second terminal.", "Halvorsk"),
        ("Bids came from Chile's Grupo Tarapel and two local builders.", "Grupo Tarapel"),
        ("The mine is run by a local firm and Brazil's Veronda Mineração under a lease.", "Veronda Mineração"),
    ],
)
def test_a_company_a_states_possessive_owns_is_kept(text, name):
    assert name in organizations(text, [name])


def test_a_company_a_relative_clause_shows_acting_is_kept():
    text = "The new terminal was opened last year near Quellmar Logistics, which operates the rail yard."
    assert "Quellmar Logistics" in organizations(text, ["Quellmar Logistics"])
    text = "Talks were held with Dravenko, which has signed a supply deal with the grid operator."
    assert "Dravenko" in organizations(text, ["Dravenko"])


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Floods hit Peru's Ayacucho region last week.", "Ayacucho", "GPE"),  # a place
        ("The minister thanked Kenya's Wanjiru Kamau for the visit.", "Wanjiru Kamau", "ORG"),  # a person's name
        ("The delegation toured the Tarvel Gorge, which opened to visitors in 2019.", "Tarvel Gorge", "ORG"),
    ],
)
def test_a_place_or_a_person_after_a_states_possessive_stays_none(text, name, label):
    assert name not in organizations(text, [name], label)
