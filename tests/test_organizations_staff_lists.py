"""A name of one word in a list after plural staff nouns ('representatives of NAME, NAME and NAME', 'los directivos
de NAME y NAME', 'les dirigeants de NAME et de NAME') is a body they work for; a state, a region, a city, a
person's name before a noun it qualifies, or a word inside a longer name is not. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, (), None, [], language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("The minister travelled with representatives of Vestas, Orsted and Nordex.", "en", {"Vestas", "Orsted"}),
        ("Executives from Petronas and Hyundai toured the yard in Ulsan.", "en", {"Petronas", "Hyundai"}),
        ("Llegaron directivos de Iberdrola, Acciona y Sacyr a Lima.", "es", {"Iberdrola", "Acciona", "Sacyr"}),
        ("Il a reçu les dirigeants de Safran et de Thales pour parler des moteurs.", "fr", {"Safran", "Thales"}),
        ("Estiveram presentes representantes da Embraer e Vale na reunião.", "pt", {"Embraer", "Vale"}),
    ],
)
def test_one_word_names_listed_after_staff_nouns_are_bodies(text, language, names):
    assert names <= organizations(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met officials from the Biden administration on trade.", "Biden"),  # qualifies a noun
        ("The envoy met officials from Ghana and Togo.", "Ghana"),  # states
        ("Representatives of Sindh and the federal cabinet met.", "Sindh"),  # a region
        ("Officials from Lagos said the road would open.", "Lagos"),  # a city
        ("Representatives of Banca Monte e Credito attended.", "Credito"),  # a word of a longer name
    ],
)
def test_states_regions_cities_and_qualifiers_are_no_bodies(text, name):
    assert name not in organizations(text)
