"""Kind of a goal whose verb and "to" have a reported level between them ("to raise trade, which stood at
$2 billion in 2019, to $6 billion"), and of a goal verb whose object is a pronoun (es "elevarlo a", pt "dobrá-lo,
para"): the figure after "to" is the goal, the one the relative clause reports stays actual. Every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "They agreed to raise bilateral trade, which stood at $2.3 billion in 2019, to $6 billion by 2025.",
            "en",
        ),
        (
            "Both sides pledged to lift trade, which reached 900 million dollars last year, to 3 billion dollars.",
            "en",
        ),
        ("They plan to double exports, which totalled $700 million in 2021, to $1.4 billion within five years.", "en"),
        (
            "El comercio bilateral sumó 3.000 millones de dólares en 2018, y los dos gobiernos quieren elevarlo a "
            "6.000 millones de dólares para 2024.",
            "es",
        ),
        (
            "O comércio bilateral somou US$ 2 bilhões em 2018, e os dois governos pretendem triplicá-lo, para "
            "US$ 6 bilhões, até 2025.",
            "pt",
        ),
        ("O intercâmbio foi de US$ 1 bilhão em 2020; os dois países querem elevá-lo a US$ 2 bilhões.", "pt"),
    ],
)
def test_the_figure_after_the_reported_level_is_the_goal(text, language):
    assert _kinds(text, language) == ["actual", "target"]


def test_a_second_level_reported_after_the_first_is_no_goal():
    text = "The two sides aim to double trade, which reached $2 billion in 2019 and rose to $3 billion in 2020."
    assert _kinds(text) == ["actual", "actual"]
