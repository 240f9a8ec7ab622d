"""Kind of a total of money lent, granted or committed over one past period (a year, a fiscal year), against a
running total since a year and a single loan; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The bank lent Ecuador a total of $620 million in its fiscal year 2019.", "en"),
        ("Canada provided more than $95 million in assistance to Haiti in fiscal year 2022.", "en"),
        ("The fund has committed $700 million in loans to Tunisia this year.", "en"),
        ("En 2021, el banco prestó un total de 480 millones de dólares a Bolivia.", "es"),
    ],
)
def test_a_total_given_over_one_past_period_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank has committed $2.3 billion in loans to Laos since 1985.",
        "Since 2001, Norway has provided more than $400 million in aid to the country.",
        "In 2019, the bank approved a $150 million loan for the port.",
        "Japan pledged a total of $900 million in grants to the region last year.",
    ],
)
def test_a_running_total_a_single_loan_or_a_pledge_stays_committed(text):
    assert _kinds(text) == ["commitment"]


def test_a_sum_allocated_in_a_budget_of_the_year_stays_committed():
    assert _kinds("The treasury has allocated $40 million in this year's budget for the dam.") == ["commitment"]
