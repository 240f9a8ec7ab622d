"""Kind of money a programme or a budget sets out, of a Romance range after a noun ("de X a Y" is no change
from X), and of a single loan whose figure is restated in brackets. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Canada will train Ghanaian customs officers under a C$4 million programme signed on Monday.", "en"),
        ("The agency had budgeted $75 million for border equipment in the current fiscal year.", "en"),
        ("Bruxelles a présenté un programme d'appui de 45 millions d'euros au secteur de la pêche.", "fr"),
        ("O governo apresentou o programa de irrigação para o norte, orçado em US$ 20 milhões.", "pt"),
        ("El Gobierno lanzó un programa de vivienda de 300 millones de dólares.", "es"),
    ],
)
def test_money_a_programme_or_budget_sets_out_is_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


def test_a_cooperation_programme_that_amounted_to_a_sum_stays_reported():
    assert _kinds("The cooperation programme with Chad amounted to $40 million in 2019.") == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("A construtora anunciou investimentos de US$ 100 milhões a US$ 150 milhões no estaleiro.", "pt"),
        ("La empresa anunció inversiones de 50 millones de dólares a 80 millones de dólares en la planta.", "es"),
    ],
)
def test_a_romance_range_after_a_noun_is_no_change_base(text, language):
    assert _kinds(text, language) == ["commitment", "commitment"]


def test_a_romance_change_from_a_level_keeps_its_base():
    text = "Decidieron elevar el capital del banco de 1.000 millones de dólares a 3.000 millones de dólares."
    assert _kinds(text, "es") == ["actual", "target"]


def test_one_loan_restated_in_brackets_stays_committed():
    text = "The Saudi Fund last year extended a Rs 9 billion ($60 million) loan to the Treasury for budget support."
    assert _kinds(text) == ["commitment", "commitment"]


def test_loans_given_over_a_year_stay_a_total_reported():
    text = "The Saudi Fund last year extended Rs 9 billion ($60 million) in loans to the country."
    assert _kinds(text) == ["actual", "actual"]
