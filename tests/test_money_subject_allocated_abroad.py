"""Subject of a sum a state's budget sets aside for another state: a legislature votes the budget, so what a
congress, a parliament or a senate earmarks for a state it does not govern is aid, as a government's allocation
is; the state may follow an article in a Romance language ("pour le Liban", "para el Perú"). Sums a legislature
sets aside for works or a sector at home stay as they were. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The House has earmarked $45 million for Georgia in the foreign operations bill.", "en"),
        ("The Dutch parliament has set aside €20 million for Suriname in next year's budget.", "en"),
        ("Lawmakers in Seoul allocated $12 million to Mongolia for the coming year.", "en"),
        ("El Congreso destinó 30 millones de dólares a Haití en el presupuesto de 2025.", "es"),
        ("El Gobierno chileno destinó 8 millones de dólares para el Perú tras el terremoto.", "es"),
        ("Le gouvernement belge a réservé 15 millions d'euros pour le Burundi dans le budget 2024.", "fr"),
        ("O Parlamento português destinou 5 milhões de euros a Timor-Leste no orçamento.", "pt"),
    ],
)
def test_money_a_legislature_or_government_sets_aside_for_another_state_is_aid(text, language):
    assert _subjects(text, language)[0] == "aid"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Parliament has set aside KSh 5 billion for the Nairobi bypass in the 2024 budget.", "en"),
        ("The Senate earmarked $300 million for rural schools.", "en"),
        ("Le gouvernement a réservé 15 millions d'euros pour la route de Kindia dans le budget 2024.", "fr"),
    ],
)
def test_money_a_legislature_sets_aside_at_home_is_not_aid(text, language):
    assert _subjects(text, language)[0] != "aid"
