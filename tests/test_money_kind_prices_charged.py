"""Kind of a price per unit that a seller charges or a buyer pays: reported as paid now or in the past it is a
figure reported (actual), and so is a market price quoted or averaged (see test_money_kind_prices_quoted.py); a
price set, agreed or to come stays other. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Under the present deal the utility sells power to Nepal at $0.07 per kilowatt-hour.", "en"),
        ("Farmers currently pay about $30 per tonne to move grain across the border.", "en"),
        ("Last winter the monopoly charged Moldova nearly $400 per thousand cubic metres of gas.", "en"),
        ("La empresa rusa cobra a Bielorrusia 130 dólares por cada mil metros cúbicos de gas.", "es"),
    ],
)
def test_a_price_charged_or_paid_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed on a new price of $180 per thousand cubic metres from January.",
        "From next year the company will sell the power at $0.09 per kilowatt-hour.",
    ],
)
def test_a_price_set_or_to_come_stays_other(text):
    assert _kinds(text) == ["other"]
