"""The model at times proposes only the surname of a person named after a state's possessive ("Ukraine's Oleksii
[Reznikov]"): the capitalised given name between the possessive and the surname is the name's. Sentences written for
these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_the_given_name_after_a_state_possessive_is_the_name_s():
    assert persons("Ukraine's Oleksii Reznikov said the talks in Warsaw went well.") == {"Oleksii Reznikov": "UKR"}


def test_a_surname_alone_after_a_state_possessive_stays_no_name():
    assert persons("Kenya's Ruto said the talks went well.") == {}
