"""A bare figure a comparison word sets against a money figure of the same sentence shares its currency ("$840
million last year, up from 610 million in 2021", "contra 2 mil milhões em 2015"), unless it counts something else
("against 3 million visitors"). Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, base",
    [
        (
            "Tourism earned Jordan $840 million last year, up from 610 million in 2021.",
            "en",
            ("610 million", 6.1e8, "USD"),
        ),
        (
            "Exports to Chile reached €2.1 billion, compared with 1.7 billion a year earlier.",
            "en",
            ("1.7 billion", 1.7e9, "EUR"),
        ),
        (
            "As trocas somaram 3 mil milhões de euros em 2022, contra 2 mil milhões em 2015.",
            "pt",
            ("2 mil milhões", 2e9, "EUR"),
        ),
        (
            "Las ventas a Corea sumaron 900 millones de dólares, frente a los 700 millones de 2020.",
            "es",
            ("700 millones", 7e8, "USD"),
        ),
        (
            "Les investissements ont atteint 4 milliards d'euros, contre 3,2 milliards en 2018.",
            "fr",
            ("3,2 milliards", 3.2e9, "EUR"),
        ),
    ],
)
def test_a_bare_base_of_comparison_shares_the_currency_of_the_figure_it_is_set_against(text, language, base):
    assert _money(text, language)[-1] == base


@pytest.mark.parametrize(
    "text, language",
    [
        ("The resort drew $900 million in spending, against 3 million visitors the year before.", "en"),
        ("El plan costó 500 millones de dólares, frente a 2 millones de personas atendidas.", "es"),
        ("Trade reached $1.1 billion. Up from 4 million tonnes, grain exports grew too.", "en"),
    ],
)
def test_a_bare_figure_that_counts_something_else_or_opens_a_sentence_stays_out(text, language):
    assert len(_money(text, language)) == 1
