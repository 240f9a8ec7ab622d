"""Kind of money given, lent or invested over one past period that opens its clause ("In 2020 the bank approved
operations worth", "Last year German aid to Ghana reached"): a total reported, as a total dated after the figure
already is; one loan or grant approved in that period, and money given since a year, stay committed. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2021 the bank approved operations worth some $9 billion, a record.", "en"),
        ("In 2022, Korean companies invested $1.2 billion in Vietnam.", "en"),
        ("In the first half of the fiscal year, Japanese firms invested about $380 million in the country.", "en"),
        ("In the first quarter of this year, the bank lent $90 million to farmers.", "en"),
        ("Last year German aid to Ghana reached €120 million.", "en"),
        ("En 2019 el banco aprobó operaciones por unos 8.000 millones de dólares.", "es"),
        ("En 2021 las empresas chinas invirtieron 600 millones de dólares en Perú.", "es"),
        ("Em 2022 as empresas japonesas investiram US$ 900 milhões no Brasil.", "pt"),
    ],
)
def test_a_total_given_over_a_past_period_opening_the_clause_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the bank approved a $150 million loan for the road.",
        "Korean firms invested $2 billion in the plant.",
        "The fund has lent $700 million to small firms since 2015.",
    ],
)
def test_one_loan_or_money_given_since_a_year_stays_committed(text):
    assert _kinds(text) == ["commitment"]
