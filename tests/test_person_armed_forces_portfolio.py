"""The armed forces as a portfolio ("Minister for the Armed Forces NAME", "the French Minister of the Armed Forces,
NAME"): sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_the_armed_forces_are_a_portfolio_before_a_name_and_in_an_apposition():
    found = persons("Ghana hosted the French Minister of the Armed Forces, Claire Dumas, in Accra on Friday.")
    assert found["Claire Dumas"] == ("Minister of the Armed Forces", "FRA")
    found = persons("Minister for the Armed Forces Tom Hale said the training would start in May.")
    assert found["Tom Hale"][0] == "Minister for the Armed Forces"
