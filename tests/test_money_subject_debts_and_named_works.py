"""A debt named right before the figure is a debt stock, not a loan; works the figure names are its value,
whatever giver another clause names; capital put into a fund is invested. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "The new cabinet grapples with national debt of more than $80 billion.",
        "The buyer took over the utility, assuming its debts of about $25 million.",
    ],
)
def test_a_debt_named_right_before_the_figure_is_other(text):
    assert _subjects(text)[-1] == "other"


def test_a_debt_forgiven_is_left_as_it_was():
    assert _subjects("Ruritania thanked Brazil for the forgiveness of a debt of $200 million.") == ["loan"]


def test_works_the_figure_names_are_its_value_whatever_giver_another_clause_names():
    text = (
        "The Exim Bank will provide $120 million for the coastal road, and work on the Rs 30 billion "
        "Kalabagh-III hydropower plant will be speeded up."
    )
    assert _subjects(text) == ["loan", "project"]


def test_capital_put_into_a_fund_is_invested():
    text = "The two sovereign funds will jointly capitalise the Ruritania Growth Fund with another $150 million."
    assert _subjects(text) == ["investment"]
