"""A Secretary-General of a body with a secretariat and a lender's First Deputy Managing Director serve no state, on
sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_secretary_general_in_a_story_on_the_un_serves_no_state():
    text = (
        "The U.N. Security Council voted to extend sanctions on Libya. Secretary-General Anders Holm said the "
        "monitors would report within 60 days, and Libya rejected the vote."
    )
    assert persons(text)["Anders Holm"] == ("Secretary-General", None)


def test_a_national_secretary_general_keeps_a_state_when_no_secretariat_body_is_named():
    text = "Ghana's ruling party met in Accra. Secretary-General Kwame Boateng said Ghana would hold primaries."
    assert persons(text)["Kwame Boateng"][1] == "GHA"


def test_the_lenders_first_deputy_managing_director_serves_no_state():
    text = (
        "The IMF approved a $1 billion loan to Tunisia on Friday. Maria Ortiz, First Deputy Managing Director, "
        "said Tunisia had met every target."
    )
    assert persons(text)["Maria Ortiz"][1] is None
