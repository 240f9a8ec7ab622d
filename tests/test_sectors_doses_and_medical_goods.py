"""Health in the goods it is given or sold in: doses of a vaccine, ventilators and ambulances, in every language the
rules read. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Beijing delivered 300,000 doses of Sinopharm to Vientiane on Monday, the embassy said.", "en"),
        ("Ankara handed over 20 ambulances and 50 ventilators to the Libyan government in Tripoli.", "en"),
        ("China donó 500.000 dosis a Paraguay y prometió otras 300.000 para agosto.", "es"),
        ("México entregó 40 ambulancias y 100 respiradores a Honduras tras el acuerdo.", "es"),
        ("Le Maroc a offert 10 000 doses au Sénégal ainsi que des respirateurs.", "fr"),
        ("Portugal doou 1 milhão de doses a Angola e enviou 20 ambulâncias a Moçambique.", "pt"),
    ],
)
def test_doses_ventilators_and_ambulances_given_are_health(text: str, language: str) -> None:
    assert "health" in sectors_of(text, language)


def test_a_figurative_dose_is_no_health() -> None:
    assert "health" not in sectors_of("He took the remarks as a dose of realism, and the talks moved on to trade.")
