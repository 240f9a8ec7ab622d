"""A figure that measures earnings, tourism receipts or economic activity is of no subject (other), whatever trade
the sentence or the one before speaks of; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exports to the Gulf are small, but the island hopes to lift tourism revenue to $900 million by 2027.", "en"),
        (
            "Bilateral trade reached $2 billion last year. The two leaders want the partnership to generate "
            "$40 billion of economic activity over ten years.",
            "en",
        ),
        (
            "El comercio bilateral es pequeño, pero el país quiere elevar los ingresos por turismo a 500 millones "
            "de dólares en 2026.",
            "es",
        ),
    ],
)
def test_earnings_measured_are_other(text, language):
    assert _subjects(text, language)[-1] == "other"


def test_export_earnings_stay_trade():
    assert _subjects("The country wants to raise export revenues to $3 billion by 2030.")[0] == "trade"


def test_money_put_into_an_economy_keeps_its_verb():
    assert _subjects("Gulf firms have invested $3 billion in the Ruritanian economy since 2010.")[0] == "investment"
