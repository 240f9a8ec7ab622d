"""A programme whose size the figure gives ("a £3 million programme", "a programme worth") is aid where the first
giver its sentence names is a donor, or a state the sentence shows giving abroad by naming another state; a
government's programme at home, or one whose noun names a loan, keeps its subject. Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str) -> tuple[str, str]:
    found = extract_money(text)
    return found[0].kind, found[0].subject


@pytest.mark.parametrize(
    "text",
    [
        "Britain will train 800 Kenyan police officers under a £3 million programme agreed on Monday.",
        "The Netherlands launched a €25 million programme to improve water management in Bangladesh.",
        "China will fund scholarships for Zambian engineers, a programme worth about $20 million over four years.",
        "USAID is finalising a $300 million programme for the Sahel over five years.",
        "Australia will train Fijian teachers under an A$10 million programme signed in Suva.",
    ],
)
def test_a_donor_programme_is_aid(text):
    assert _first(text) == ("commitment", "aid")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The Nigerian government launched a N50 billion programme for small businesses.", "other"),
        ("The World Bank approved a $300 million programme of loans for Kenya's energy sector.", "loan"),
    ],
)
def test_a_programme_at_home_or_of_loans_keeps_its_subject(text, subject):
    assert _first(text)[1] == subject
