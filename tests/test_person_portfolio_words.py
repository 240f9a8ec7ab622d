"""Portfolios: one of emigrants ("Minister for Migrants' Welfare"), and a portfolio's abstract noun, which is no
name ("African Cooperation"). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_portfolio_of_emigrants():
    text = (
        "KUALA LUMPUR - After meeting Nepal's Minister for Migrants' Welfare and Foreign Employment Ram Bahadur "
        "Thapa, Malaysia's minister said the first workers would come. Malaysia and Malaysia."
    )
    assert persons(text)["Ram Bahadur Thapa"] == ("Minister for Migrants' Welfare and Foreign Employment", "NPL")


def test_a_portfolios_abstract_noun_is_no_name():
    text = (
        "The partnership was announced in Rabat by Minister of Foreign Affairs, African Cooperation and Moroccan "
        "Expatriates Youssef Amrani and EU Commissioner for Trade Anna Berg."
    )
    found = persons(text)
    assert "African Cooperation" not in found
    assert found["Youssef Amrani"][1] == "MAR"
