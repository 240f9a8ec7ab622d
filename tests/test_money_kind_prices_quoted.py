"""Kind of a market price per unit that a quote or an average reports: a price quoted, traded, closed at or
averaged, now or in the past, is a figure reported as current or past (actual), as the guidelines define it; a
price to come, one set or guaranteed, and one a forecast names stay other. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brent crude traded at $78 per barrel on Monday.", "en"),
        ("Ukrainian corn was quoted at $212-218 a tonne FOB Odesa on Thursday.", "en"),
        ("Copper closed Tuesday near $9,400 a tonne in London.", "en"),
        ("Spot cargoes of liquefied gas averaged $11.20 per MMBtu in March.", "en"),
        ("The mills bought the cotton at an average realised price of $1.74 per kilogram last season.", "en"),
        ("El azúcar crudo se cotizó ayer a 410 dólares por tonelada en Nueva York.", "es"),
        ("Le cacao ivoirien s'est négocié à 2 400 dollars la tonne à Londres vendredi.", "fr"),
        ("O minério de ferro fechou a semana a US$ 104 por tonelada em Qingdao.", "pt"),
    ],
)
def test_a_market_price_quoted_or_averaged_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Analysts expect Brent to trade at $90 a barrel next year.", "en"),
        ("The board set the guaranteed farm-gate price at 1,100 CFA francs per kilogram.", "en"),
        ("From January the company will sell the gas at $210 per thousand cubic metres.", "en"),
        ("Le prix plancher est fixé à 900 francs CFA le kilogramme pour la campagne.", "fr"),
    ],
)
def test_a_price_to_come_or_set_stays_other(text, language):
    assert _kinds(text, language) == ["other"]
