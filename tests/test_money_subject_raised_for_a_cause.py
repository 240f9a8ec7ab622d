"""Subject of a sum raised for a cause or a fund, or a humanitarian plan's funding, where the clause names it by how it
is raised or counted (a telethon, fundraising, a fund's replenishment, funding requirements or funding received):
aid, though no word of giving stands near it. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Ireland Fund's telethon raised €1.8 million for families in Gaza.", "en"),
        ("Norway pledged NOK 4 billion to the replenishment of the Global Fund.", "en"),
        ("The plan's funding requirements for Chad stand at $1.1 billion.", "en"),
        ("Funding received so far for Yemen amounts to $640 million.", "en"),
        ("A fundraising drive among Lebanese in Brazil has brought in R$2 million.", "en"),
        ("Le téléthon organisé à Dakar a permis de réunir 40 millions de francs CFA.", "fr"),
        ("La colecta nacional para Haití sumó 3 millones de dólares.", "es"),
        ("A campanha de angariação de fundos para Moçambique rendeu 500 mil euros.", "pt"),
    ],
)
def test_money_raised_for_a_cause_is_aid(text, language):
    assert _subjects(text, language) == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank will lend $50 million to close the funding gap of the Addis Ababa ring road.",
        "The Asian Development Bank approved a $30 million loan for the fund's replenishment.",
    ],
)
def test_a_loan_stays_a_loan(text):
    assert _subjects(text) == ["loan"]
