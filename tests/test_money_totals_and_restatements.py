"""Money sentences written for these tests: headlines restated in the body, a figure restated in another
currency, investment totals over a past period, totals still to come, debt stocks, deficits, lenders'
portfolios, clauses joined by "while", sector earnings, and SDRs and decimal commas."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings
from tests.conftest import assert_one_money_fact

# these cases are the rule table's (money_kind*.py), not the classifier's (money_model.py)
RULES = default_settings().replace(money_kind_model="rules")

B, M = 10**9, 10**6


def mentions(text: str, amount: float) -> list[tuple[str, str]]:
    """Kind and subject of every mention of `amount` in the text."""
    return [(m.kind, m.subject) for m in extract_article(text, RULES).money if m.amount == amount]


def test_a_headline_figure_takes_what_the_body_says_of_it():
    text = (
        "Nordic lender backs Tallinn tram line with €45 million\n\n"
        "TALLINN, 3 March 2021 - The Nordic Investment Bank signed a loan of €45 million with Estonia on "
        "Wednesday to extend the tram network of the capital, the bank said.\n"
    )
    assert mentions(text, 45 * M) == [("commitment", "loan")] * 2


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        (
            "Chile and China renewed their currency swap agreement worth 50 billion yuan, or about $7.2 billion, "
            "for three more years, the central bank said.",
            7.2 * B,
            "USD",
        ),
        (
            "The central banks signed a currency swap deal worth 50 billion yuan, or about $7.2 billion, to ease "
            "trade between the two countries.",
            7.2 * B,
            "USD",
        ),
        (
            "El Banco Central de Chile renovó el acuerdo de swap de monedas por 50.000 millones de yuanes, unos "
            "US$ 7.200 millones, por tres años más.",
            7.2 * B,
            "USD",
        ),
    ],
)
def test_a_figure_restated_in_another_currency_is_the_same_fact(text, amount, currency):
    assert_one_money_fact(text, amount, None, currency, "commitment", "other")


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Korean firms have invested $2.3 billion in Uzbekistan's textile industry since 2017.", 2.3 * B, "USD"),
        ("Les entreprises marocaines ont investi 3 milliards de dirhams au Sénégal depuis 2015.", 3 * B, "MAD"),
        ("As empresas chinesas investiram 2 bilhões de dólares em Angola desde 2010.", 2 * B, "USD"),
    ],
)
def test_money_invested_over_a_past_period_is_money_invested(text, amount, currency):
    # the spec lists money invested as a commitment: a running total since a year too
    assert_one_money_fact(text, amount, None, currency, "commitment", "investment")


def test_money_invested_over_one_past_year_is_a_statistic_reported():
    text = "The fund invested a record €90 million in Serbia last year, mostly in agribusiness."
    assert_one_money_fact(text, 90 * M, None, "EUR", "actual", "investment")


def test_an_accumulated_stock_of_investment_is_reported():
    text = "Suecia es el tercer inversor en Chile, con una inversión acumulada de 800 millones de euros."
    assert_one_money_fact(text, 8 * B / 10, None, "EUR", "actual", "investment")


def test_an_investment_pledged_since_a_meeting_is_still_a_commitment():
    text = "Turkish companies will invest $1 billion in Pakistan's textile sector, the minister said."
    assert_one_money_fact(text, B, None, "USD", "commitment", "investment")


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("The new corridor is expected to attract a further $20 billion of investment by 2035.", 20 * B, "USD"),
        ("Con la segunda fase, la inversión total en el puerto alcanzará los US$ 900 millones.", 900 * M, "USD"),
        ("El gobierno negocia un acuerdo con inversiones previstas de US$ 600 millones en la minería.", 600 * M, "USD"),
    ],
)
def test_an_investment_total_still_to_come_is_a_target(text, amount, currency):
    assert_one_money_fact(text, amount, None, currency, "target", "investment")


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Zambia's external debt stood at about $13 billion at the end of 2022, the treasury said.", 13 * B, "USD"),
        ("The state utility's debt stands at more than R200 billion.", 200 * B, "ZAR"),
    ],
)
def test_a_debt_stock_is_no_loan(text, amount, currency):
    assert_one_money_fact(text, amount, None, currency, "actual", "other")


def test_a_projected_budget_deficit_is_neither_spent_nor_committed():
    text = "Kenya's budget deficit for the 2024/25 fiscal year is projected at Ksh 600 billion, the treasury said."
    assert_one_money_fact(text, 600 * B, None, "KES", "other", "other")


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("The bank's active portfolio in Nepal stood at $1.9 billion at the end of June.", 1.9 * B, "USD"),
        ("Le portefeuille de la Banque africaine au Mali atteint 900 millions de dollars.", 900 * M, "USD"),
    ],
)
def test_a_lenders_portfolio_is_of_loans(text, amount, currency):
    assert_one_money_fact(text, amount, None, currency, "actual", "loan")


def test_a_clause_after_while_has_its_own_subject():
    text = (
        "Uzbek Railways will invest 50 billion soums in a new depot, while Tajik Railways has set aside "
        "$15 million for new locomotives."
    )
    assert_one_money_fact(text, 15 * M, None, "USD", "commitment", "other")


@pytest.mark.parametrize(
    "text, amount, currency, kind, subject",
    [
        (
            "The Asian lender lends $60 million to upgrade Bhutan's hydropower plant.",
            60 * M,
            "USD",
            "commitment",
            "loan",
        ),
        (
            "As trocas comerciais entre Angola e Portugal somaram 900 milhões de euros no ano passado.",
            900 * M,
            "EUR",
            "actual",
            "trade",
        ),
        (
            "Contractors secured a third of the civil works, or about $900 million.",
            900 * M,
            "USD",
            "commitment",
            "project",
        ),
        (
            "Russia will extend a $150 million state export credit to Laos for the purchase of buses.",
            150 * M,
            "USD",
            "commitment",
            "loan",
        ),
    ],
)
def test_lending_trade_and_works_in_other_words(text, amount, currency, kind, subject):
    assert_one_money_fact(text, amount, None, currency, kind, subject)


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Nepal earned $600 million from tourism in 2023 and hopes to reach $1 billion by 2027.", B, "USD"),
        ("The government aims to raise the mining sector's contribution to GDP to $4 billion by 2030.", 4 * B, "USD"),
    ],
)
def test_a_goal_for_a_sectors_earnings_is_of_no_listed_subject(text, amount, currency):
    assert_one_money_fact(text, amount, None, currency, "target", "other")


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("The IMF board approved an arrangement of SDR 1.5 billion for Ghana.", 1.5 * B, "XDR"),
        ("Le programme prévoit 1,145 milliard d'euros d'investissements entre 2021 et 2025.", 1.145 * B, "EUR"),
        ("O programa prevê 2,350 bilhões de reais em obras até 2026.", 2.35 * B, "BRL"),
    ],
)
def test_special_drawing_rights_and_decimal_commas(text, amount, currency):
    found = [(m.amount, m.currency) for m in extract_article(text, RULES).money]
    assert found == [(amount, currency)]


def test_a_contract_the_sentence_before_says_is_a_sale_is_of_trade():
    text = (
        "Brazil's Embraer signed contracts with Portugal on Monday to sell six KC-390 transport aircraft. "
        "The aircraft contract is worth about €830 million, the ministry said."
    )
    assert_one_money_fact(text, 830 * M, None, "EUR", "commitment", "trade")


def test_a_contract_after_a_reported_trade_figure_is_of_no_subject():
    text = "Two-way trade totalled $12 billion in 2023. Another 14 agreements worth $3 billion were signed on Monday."
    assert_one_money_fact(text, 3 * B, None, "USD", "commitment", "other")
