"""A deficit with a partner is a trade balance; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania's deficit with Japan widened to $3 billion last year.", "en"),
        ("El ministro recordó que el déficit con Brasil superó los US$ 900 millones en 2012.", "es"),
        ("Le déficit avec l'Italie a atteint 2 milliards d'euros en 2018.", "fr"),
    ],
)
def test_a_deficit_with_a_partner_is_trade(text, language):
    assert _subjects(text, language) == ["trade"]


def test_a_budget_deficit_stays_other():
    assert _subjects("The budget deficit is projected at $5 billion this year.") == ["other"]
