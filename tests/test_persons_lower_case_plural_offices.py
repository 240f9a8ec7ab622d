"""A lower-case plural office before the names of its holders ("the foreign ministers of the three countries, A, B
and C", "the presidents of both countries, A and B"): each holds the office, not one state's. Sentences written
for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_each_listed_name_holds_the_plural_office():
    found = persons(
        "Jordan, Egypt and Iraq agreed on a power line. The foreign ministers of the three countries, Ayman Saleh, "
        "Sameh Kamel and Fuad Jabir, will meet in Baghdad next month."
    )
    assert {name: role for name, (role, _) in found.items()} == {
        "Ayman Saleh": "foreign minister",
        "Sameh Kamel": "foreign minister",
        "Fuad Jabir": "foreign minister",
    }
    found = persons(
        "The presidents of both countries, Samia Mwinyi and William Korir, signed the deal between Kenya and Tanzania."
    )
    assert found["Samia Mwinyi"][0] == found["William Korir"][0] == "president"
    assert found["Samia Mwinyi"][1] != found["William Korir"][1]


def test_a_portfolio_and_no_scope():
    found = persons("The trade ministers Ali Hassan and Jomo Kariuki met in Nairobi to discuss trade with Egypt.")
    assert found["Ali Hassan"][0] == found["Jomo Kariuki"][0] == "trade minister"


def test_a_plural_office_without_names_introduces_no_one():
    assert persons("Several ministers and envoys attended the meeting of Kenya and Uganda in Kampala.") == {}
