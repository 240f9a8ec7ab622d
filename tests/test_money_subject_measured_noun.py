"""The noun a figure measures decides its subject: "$X in ODA" is aid even where a loan is named further on;
every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tokyo will extend 40 billion yen in ODA to Ruritania, made up of a yen loan for ports and grants.",
            "en",
        ),
        ("Norway pledged $300 million of development assistance over three years, partly as soft loans.", "en"),
        (
            "Japón otorgará 20.000 millones de yenes en AOD a Honduras, incluido un préstamo para carreteras.",
            "es",
        ),
    ],
)
def test_a_figure_in_official_development_assistance_is_aid(text, language):
    assert _subjects(text, language)[0] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "Panama collects nearly $5 billion a year in canal fees from shipping lines.",
        "The government expects $200 million annually in port fees once the terminal opens.",
        "Ruritania pays some $40 million a year in pipeline transit fees to its neighbour.",
    ],
)
def test_the_noun_measured_decides_over_a_works_word_beside_it(text):
    assert _subjects(text)[0] == "other"


def test_a_works_word_before_a_source_of_money_is_what_the_money_is_for():
    assert _subjects("Ruritania signed a $30 million port loan with the bank.")[0] == "loan"
