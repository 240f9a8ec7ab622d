"""Offices with long portfolios before a name: a list of portfolios whose items have two words ("Minister of Foreign
Affairs, African Cooperation and ..."), and portfolio words such as External and Supply. Sentences written for
these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_list_of_portfolios_with_an_item_of_two_words():
    found = persons(
        "The accord was initialled by Minister of Foreign Affairs, Regional Integration and Tunisian Expatriates "
        "Leila Haddad and Italian Commissioner Paolo Greco."
    )
    assert found["Leila Haddad"][0] == "Minister of Foreign Affairs, Regional Integration and Tunisian Expatriates"
    found = persons("Minister of Energy, Water Resources and Irrigation Tadesse Alemu opened the dam in June.")
    assert found["Tadesse Alemu"][0] == "Minister of Energy, Water Resources and Irrigation"


def test_a_name_after_a_comma_is_no_portfolio():
    found = persons("Minister of Trade, Ali Khan and Minister of Finance, Omar Ali met the bankers.")
    assert found == {"Ali Khan": ("Minister of Trade", "PAK"), "Omar Ali": ("Minister of Finance", "PAK")}


def test_external_affairs_and_supply_are_portfolios():
    found = persons("The pact was signed by Minister of State for External Affairs P. V. Menon on Monday.")
    assert found["P. V. Menon"][0] == "Minister of State for External Affairs"
    found = persons("Minister of Industry, Trade and Supply Dr. Yusuf Qatami said exports rose.")
    assert found["Yusuf Qatami"][0] == "Minister of Industry, Trade and Supply"


def test_a_portfolio_that_opens_with_one_abstract_noun_then_lists_more():
    found = persons(
        "Serbian Minister of Construction, Transport and Infrastructure Goran Petrović signed the protocol."
    )
    assert found["Goran Petrović"] == ("Minister of Construction, Transport and Infrastructure", "SRB")
