"""A state's own spending named as investment ("a public investment plan", "inversión pública") and spending on
works ("infrastructure investment") are no investment between the sides: the first reports nothing, the second is
infrastructure. Investment by one side in the other stays investment. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The loan is part of a public investment programme of $4 billion for 2026, the minister said.", "en"),
        ("El préstamo forma parte del plan de inversión pública de 3.000 millones de dólares, dijo el ministro.", "es"),
        ("Ce prêt s'inscrit dans un programme d'investissements publics de 900 milliards de francs CFA.", "fr"),
    ],
)
def test_public_investment_is_no_investment(text: str, language: str) -> None:
    assert "investment" not in sectors_of(text, language)


def test_infrastructure_investment_is_infrastructure() -> None:
    sectors = sectors_of("South Asia needs $900 billion a year in infrastructure investment, the bank's chief said.")
    assert "infrastructure" in sectors and "investment" not in sectors


def test_investment_by_one_side_in_the_other_stays_investment() -> None:
    assert "investment" in sectors_of("Korean firms will invest $2 billion in Vietnam's new economic zone.")
