"""A state's investment budget, named in Spanish, French or Portuguese ("presupuesto de inversión", "budget
d'investissement", "orçamento de investimento"), is a line of its own spending, as "investment budget" is in English:
no investment between the parties. Investment the parties make still counts. Every sentence was written for these
tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("El Estado aportará 30 millones de dólares con cargo a su presupuesto de inversión de 2024.", "es"),
        ("L'État prendra en charge 4 milliards de FCFA sur son budget d'investissement 2019, a dit le ministre.", "fr"),
        ("Le gouvernement financera le reste sur le budget consolidé d'investissement, a précisé le ministre.", "fr"),
        (
            "O governo vai cobrir 12 milhões de dólares com o orçamento de investimento deste ano, disse o ministro.",
            "pt",
        ),
    ],
)
def test_an_investment_budget_is_no_investment(text: str, language: str) -> None:
    assert "investment" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "La empresa china invertirá 200 millones de dólares en una planta en Córdoba, acordaron los dos países.",
            "es",
        ),
        ("Les deux pays ont signé un accord de promotion des investissements à Dakar.", "fr"),
        ("A empresa portuguesa vai investir 50 milhões de euros em Luanda, segundo o acordo assinado.", "pt"),
    ],
)
def test_investment_by_the_parties_still_counts(text: str, language: str) -> None:
    assert "investment" in sectors_of(text, language)
