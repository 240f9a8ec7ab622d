"""Kind of debt that an operation acted on before now (restructured, exchanged, swapped): the debt is a stock
reported (actual); debt to be restructured, and a programme of conversion valued at a sum, are not. Every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Last year the country restructured bonds with a face value of $6 billion.", "en"),
        ("In March the treasury completed a debt exchange, swapping $3 billion of old bonds for new paper.", "en"),
        ("El año pasado Ecuador reestructuró bonos por unos 4.000 millones de dólares.", "es"),
        (
            "The lenders pledged fresh support to the country this week. In May, the government completed a "
            "restructuring of bonds held by foreign creditors with a face value of about $9 billion.",
            "en",
        ),
    ],
)
def test_debt_an_operation_acted_on_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The government will restructure $5 billion of bonds next year.", "en"),
        ("El Gobierno ha aprobado un programa de conversión de deuda por valor de 40 millones de euros.", "es"),
    ],
)
def test_debt_to_be_restructured_or_a_programme_valued_is_not(text, language):
    assert _kinds(text, language) != ["actual"]
