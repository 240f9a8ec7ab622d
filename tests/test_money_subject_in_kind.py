"""Subject of goods given in kind ('handed over 8 million birr worth of medical equipment', 'free of charge', 'a
remis'): what they are worth is aid, not trade, works or other; a sale and the value of works handed over stay as
they were. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Turkish agency handed over 8 million birr worth of medical equipment to a hospital in Addis Ababa.",
            "en",
        ),
        ("Japan handed over rice worth $3 million to the World Food Programme for distribution in Myanmar.", "en"),
        ("The embassy handed over medical supplies worth Rs 40 million to the health ministry.", "en"),
        ("Russia shipped wheat worth $10 million to Syria free of charge.", "en"),
        ("Beijing will provide anti-malaria drugs worth 2 million yuan free of charge.", "en"),
        ("Korea gifted ambulances worth $1.5 million to the Ghanaian health service.", "en"),
        ("La Turquie a remis des équipements médicaux d'une valeur de 2 millions d'euros au Niger.", "fr"),
    ],
)
def test_goods_given_in_kind_are_aid(text, language):
    assert _subjects(text, language) == ["aid"]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Russia sold wheat worth $300 million to Egypt last year.", "trade"),
        ("Pakistan exported $75 million worth of rice to Kenya in 2022.", "trade"),
    ],
)
def test_goods_sold_stay_trade(text, subject):
    assert _subjects(text) == [subject]
