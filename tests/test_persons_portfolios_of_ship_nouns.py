"""A portfolio may end in an abstract noun in -ship ("Partnerships", "Citizenship", "Entrepreneurship"): the word
is the office's, not the first word of its holder's name. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_portfolio_closed_by_a_ship_noun_before_the_name():
    found = persons("Commissioner for Public-Private Partnerships Lindiwe Mabaso opened the Durban port bids.")
    assert found == {"Lindiwe Mabaso": "Commissioner for Public-Private Partnerships"}
    found = persons("Canada's Minister of Immigration and Citizenship Farah Osman met Kenyan students in Nairobi.")
    assert found == {"Farah Osman": "Minister of Immigration and Citizenship"}
    found = persons("Minister of Entrepreneurship Tomasz Wrona signed the start-up fund with the Lithuanian side.")
    assert found == {"Tomasz Wrona": "Minister of Entrepreneurship"}


def test_a_given_name_is_no_portfolio_noun():
    # "Joshua" and "Clement" end in no portfolio noun's ending: the name keeps them
    found = persons("Finance Minister Joshua Ngoma and Trade Minister Clement Phiri met Zambian exporters.")
    assert set(found) == {"Joshua Ngoma", "Clement Phiri"}
