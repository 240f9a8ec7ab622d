"""Figures read out in words, as a broadcast transcript or a speech writes them: a decimal point said aloud,
scale words inside the figure, teens, and an article before the number. Every sentence is written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("NEWSREADER: Lagos will borrow three point two trillion naira next year.", "en", 3.2e12, "NGN"),
        ("The treasury says reserves stand at nineteen point five billion yuan.", "en", 19.5e9, "CNY"),
        ("MINISTER (clip): We have put aside one-point-two billion euros for the grid.", "en", 1.2e9, "EUR"),
        ("Parliament approved one hundred and twenty million euros for Cork harbour.", "en", 120e6, "EUR"),
        ("The loan comes to two billion three hundred million rupees, the minister said.", "en", 2.3e9, "PKR"),
        ("The fund holds one trillion four hundred billion shillings, the governor told Nairobi.", "en", 1.4e12, "KES"),
        ("The airline lost seventeen million pounds in the quarter.", "en", 17e6, "GBP"),
        ("a profit of three hundred four million dollars, the bank said", "en", 304e6, "USD"),
        ("Lima got a thirty-two and a half billion dollar rescue from the lenders.", "en", 32.5e9, "USD"),
        ("El ministro anunció tres coma cinco mil millones de dólares para el puerto.", "es", 3.5e9, "USD"),
        ("Rabat a reçu deux cent millions de dollars de la banque.", "fr", 200e6, "USD"),
    ],
)
def test_a_figure_read_out_in_words(text, language, amount, currency):
    assert _read(text, language) == [(amount, currency)]


def test_two_figures_of_the_same_scale_are_not_one():
    # "and" joins the groups of one figure only after a hundred: these are two sums
    assert (5e9, "USD") not in _read("They weighed two billion and three billion dollars for the dam.")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The bank lent a hundred million dollars to the port.", 100e6),
        ("Donors raised half a billion dollars for the camps.", 5e8),
        ("The lender put up one and a half billion dollars for the dam.", 1.5e9),
    ],
)
def test_articles_and_halves_keep_their_value(text, amount):
    assert _read(text) == [(amount, "USD")]
