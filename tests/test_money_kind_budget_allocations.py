"""Kind of a sum a budget sets aside for a purpose ("the budget request includes $310 million for Mexico"): money
allocated, a commitment, as the spec's pledged and granted money is; a budget as a whole stays other (a deficit
reported for a past period is a figure reported: test_money_kind_balances_reported.py).
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The president's budget request includes $250 million for Guatemala in fiscal year 2012.", "en"),
        ("The budget request for fiscal year 2019 includes $410 million for the regional counternarcotics plan.", "en"),
        ("El presupuesto de 2015 incluye 300 millones de dólares para Honduras.", "es"),
    ],
)
def test_a_sum_a_budget_sets_aside_for_a_purpose_is_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The budget deficit is forecast at $4 billion next year.",
        "The draft budget of $12 billion goes to parliament next week.",
    ],
)
def test_a_budget_as_a_whole_stays_other(text):
    assert _kinds(text) == ["other"]


def test_a_sum_paid_out_of_a_budget_in_a_past_year_stays_reported():
    assert _kinds("The ministry paid $40 million from its budget for new clinics last year.") == ["actual"]
