"""Kind of the capital a fund or a new body is given, of an investment a value is put on, and of debt that falls
due; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two states agreed on a joint bank whose authorised capital will amount to $300 million.", "en"),
        ("The lenders launched a $250 million fund for small farmers in the Sahel.", "en"),
        ("Foi criado um fundo soberano conjunto, com capital inicial de US$ 2 bilhões.", "pt"),
        ("Les deux pays ont créé un fonds de 150 millions d'euros pour les jeunes pousses.", "fr"),
        ("La nueva corporación binacional tendrá un capital social de 80 millones de dólares.", "es"),
    ],
)
def test_the_capital_of_a_fund_or_a_new_body_is_a_commitment(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Turkish group will build a glass factory near Oran, an investment estimated at $120 million.", "en"),
        ("Le groupe construira une raffinerie à Skikda, un investissement évalué à 900 millions de dollars.", "fr"),
        ("A montadora anunciou uma nova fábrica na Bahia, com investimento estimado em US$ 300 milhões.", "pt"),
    ],
)
def test_an_investment_a_value_is_put_on_is_a_commitment(text, language):
    assert _kinds(text, language) == ["commitment"]


def test_a_stock_of_investments_estimated_stays_reported():
    assert _kinds("Gulf investments in Morocco are estimated at $14 billion.") == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The treasury must repay $1.4 billion of maturing Eurobonds in March.", "en"),
        ("Zambia has to repay about $750 million to bondholders next year.", "en"),
        ("El préstamo servirá para cubrir el vencimiento de 1.900 millones de dólares de julio.", "es"),
    ],
)
def test_debt_falling_due_is_other(text, language):
    assert _kinds(text, language)[-1] == "other"


def test_debt_repaid_stays_reported():
    assert _kinds("Last year the government repaid $900 million of its external debt.") == ["actual"]
