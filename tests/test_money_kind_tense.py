"""Kind by the tense of the verb that governs a figure: a level put ahead ("will be raised to", "is expected
in") is no figure reported, but a pledge, a goal or a forecast by its subject; a verb of the present or a past
period keeps a level reported. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("The charter capital of the joint bank will be increased to $400 million.", "en", "commitment"),
        ("A second tranche of $700 million from the IMF is expected in September.", "en", "commitment"),
        ("Ministers hope two-way trade will top $3 billion by 2029.", "en", "target"),
        ("The fiscal deficit this year is expected at 12 billion rand.", "en", "other"),
        (
            "O banco vai retomar o crédito às exportações para Moçambique, com uma nova linha de até US$ 2 bilhões.",
            "pt",
            "commitment",
        ),
    ],
)
def test_a_level_put_ahead_is_not_reported(text, language, kind):
    assert _kinds(text, language) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The accord would help trade, which is currently about $1.2 billion, grow faster.",
        "Today the two states trade goods worth $900 million a year, with plans to double it.",
        "Exports reached $4 billion last year, and officials say they will keep rising.",
    ],
)
def test_a_level_of_now_or_of_a_past_period_stays_reported(text):
    assert _kinds(text)[0] == "actual"


def test_the_level_a_goal_starts_from_stays_reported():
    assert _kinds("Both sides will work to lift trade from about $3 billion to $6 billion.") == ["actual", "target"]
