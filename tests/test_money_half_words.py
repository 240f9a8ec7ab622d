"""Half words before a scale in each language ("medio millón", "un demi-milliard", "meio bilhão", "one and a
half billion"). Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, amount",
    [
        ("El BCIE aprobó medio millón de dólares para la escuela.", "es", 5e5),
        ("Tokyo a débloqué un demi-milliard de dollars pour le port.", "fr", 5e8),
        ("O banco emprestou meio bilhão de dólares ao governo.", "pt", 5e8),
        ("The lender put up one and a half billion dollars for the dam.", "en", 1.5e9),
        ("Donors raised half a billion dollars for the camps.", "en", 5e8),
    ],
)
def test_half_words_before_a_scale(text, language, amount):
    ((_, value, currency),) = _money(text, language)
    assert (value, currency) == (amount, "USD")
