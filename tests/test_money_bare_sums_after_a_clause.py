"""A bare sum in the scale of the sum before it, in a clause after a semicolon or before a word that says when
it was paid ("already", "last March", "déjà", "ya", "já"), counts in that sum's money; a bare figure of what a
sum pays for, or in another sentence, does not. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Seoul will lend 3 billion dollars over five years; Tokyo adds 2 billion, and Beijing 1 billion.",
            "en",
            [(3e9, "USD"), (2e9, "USD"), (1e9, "USD")],
        ),
        ("The fund paid out 40 million euros in 2022 and 12 million last March.", "en", [(40e6, "EUR"), (12e6, "EUR")]),
        (
            "Donors pledged 900 million pounds to Freetown, and 300 million already reached the wards.",
            "en",
            [(900e6, "GBP"), (300e6, "GBP")],
        ),
        ("L'AFD a promis 8 milliards d'euros, dont 2,5 milliards déjà versés.", "fr", [(8e9, "EUR"), (2.5e9, "EUR")]),
        (
            "El BID aprobó 600 millones de dólares, de los que 150 millones ya fueron desembolsados.",
            "es",
            [(600e6, "USD"), (150e6, "USD")],
        ),
        (
            "O banco aprovou 700 milhões de euros, dos quais 90 milhões já foram pagos.",
            "pt",
            [(700e6, "EUR"), (90e6, "EUR")],
        ),
    ],
)
def test_a_bare_sum_runs_on_in_the_money_before(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The plan costs 5 million dollars; 2 million people will benefit.", 5e6),
        ("The fund holds 40 million dollars. 12 million already live in the camps.", 40e6),
    ],
)
def test_a_count_or_another_sentence_takes_no_money(text, amount):
    assert _read(text) == [(amount, "USD")]
