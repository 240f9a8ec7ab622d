"""Kind of the level a change or a goal starts from ("double the fund from $5 billion to $10 billion", "to lift
trade to $40 billion, from about $25 billion today"): the current level, reported, whatever goal the clause
names. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, kinds",
    [
        (
            "The pact aims to lift bilateral trade to $40 billion within five years, from about $25 billion today.",
            "en",
            ["target", "actual"],
        ),
        (
            "The governors agreed to raise the bank's capital from $50 billion to $150 billion.",
            "en",
            ["actual", "target"],
        ),
        (
            "The two sides agreed to double the size of the joint fund from $5 billion to $10 billion.",
            "en",
            ["actual", "target"],
        ),
        (
            "Acordaron elevar el capital del fondo de 2.000 millones de dólares a 4.000 millones de dólares.",
            "es",
            ["actual", "target"],
        ),
    ],
)
def test_the_level_a_change_starts_from_is_reported(text, language, kinds):
    assert _kinds(text, language) == kinds


def test_money_received_from_a_giver_is_no_base():
    assert _kinds("The bank received $5 million from the fund.") == ["commitment"]
