"""A state written right after a person's name ("NAME of Tanzania") is the person's, also in a list of such
names ("NAME of Chile and NAME of Peru"). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_state_after_the_name_is_the_persons():
    text = (
        "Kenya and Kenya and Kenya. The farm ministers of the two states, Daniel Ochieng of Kenya and Amos Mwita "
        "of Tanzania, met in Nairobi on Monday."
    )
    found = persons(text)
    assert found["Daniel Ochieng"] == "KEN"
    assert found["Amos Mwita"] == "TZA"


def test_a_listed_state_after_the_name_outweighs_home():
    text = "Chile and Chile hosted the talks. The envoys, Pablo Reyes of Chile and Juan Soto of Peru, signed the text."
    assert persons(text)["Juan Soto"] == "PER"
