"""A second batch for the classes of test_money_totals_and_restatements.py, worded anew after the first batch
had been fixed and before these were run: headlines, restatements, past totals, totals to come, debt stocks,
deficits, portfolios, clauses, sector earnings, SDRs and decimal commas."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings
from tests.conftest import assert_one_money_fact

# these cases are the rule table's (money_kind*.py), not the classifier's (money_model.py)
RULES = default_settings().replace(money_kind_model="rules")

B, M = 10**9, 10**6


def test_a_headline_figure_explained_in_the_body():
    text = (
        "IsDB approves $120 million for Uzbek irrigation\n\n"
        "JEDDAH - The Islamic Development Bank has approved a loan of $120 million to Uzbekistan to rebuild "
        "irrigation canals in the Fergana valley, the bank said on Sunday.\n"
    )
    assert [(m.kind, m.subject) for m in extract_article(text, RULES).money] == [("commitment", "loan")] * 2


@pytest.mark.parametrize(
    "text, amount, currency, kind, subject",
    [
        (
            "The two central banks agreed a bilateral swap line of 35 billion yuan, that is about $4.9 billion, "
            "to settle payments in local currencies.",
            4.9 * B,
            "USD",
            "commitment",
            "other",
        ),
        (
            "Les deux banques centrales ont signé un accord d'échange de devises de 10 milliards de yuans, soit "
            "environ 1,5 milliard de dollars.",
            1.5 * B,
            "USD",
            "commitment",
            "other",
        ),
        (
            "Emirati investors have invested nearly $7 billion in Egypt so far.",
            7 * B,
            "USD",
            "commitment",
            "investment",
        ),
        # investment over one past period is a statistic reported (test_money_kind_investment_flows)
        ("Japanese firms invested ¥300 billion in Vietnam last year.", 300 * B, "JPY", "actual", "investment"),
        ("A mineradora já investiu 12 bilhões de reais em Moçambique.", 12 * B, "BRL", "commitment", "investment"),
        (
            "Le groupe a investi 500 millions d'euros en Tunisie depuis 2012.",
            500 * M,
            "EUR",
            "commitment",
            "investment",
        ),
        (
            "Officials expect the free zone to attract another $3 billion in investment over the next decade.",
            3 * B,
            "USD",
            "target",
            "investment",
        ),
        ("Com a segunda fase, o investimento total atingirá 4 bilhões de reais.", 4 * B, "BRL", "target", "investment"),
        ("Ensuite, l'investissement total atteindra 2 milliards d'euros.", 2 * B, "EUR", "target", "investment"),
        ("Sri Lanka's public debt stood at $83 billion at the end of 2022.", 83 * B, "USD", "actual", "other"),
        ("La deuda pública de Argentina se ubicó en US$ 400.000 millones.", 400 * B, "USD", "actual", "other"),
        ("Jordan's budget deficit for 2024 is put at JD2.1 billion.", 2.1 * B, "JOD", "other", "other"),
        ("The AfDB's portfolio in Ethiopia stands at $2.4 billion.", 2.4 * B, "USD", "actual", "loan"),
        ("A carteira do Banco Mundial em Moçambique soma 3 bilhões de dólares.", 3 * B, "USD", "actual", "loan"),
        (
            "The ministry will invest $30 million in new schools, while the city has earmarked $4 million for parks.",
            4 * M,
            "USD",
            "commitment",
            "other",
        ),
        (
            "Sri Lanka earned $2 billion from tourism last year and wants to reach $5 billion by 2030.",
            5 * B,
            "USD",
            "target",
            "other",
        ),
    ],
)
def test_second_batch_kinds_and_subjects(text, amount, currency, kind, subject):
    assert_one_money_fact(text, amount, None, currency, kind, subject)


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("The Fund's board completed the review, allowing the disbursement of SDR 360 million.", 360 * M, "XDR"),
        ("O banco aprovou um crédito de 1,250 bilhão de reais para a ferrovia.", 1.25 * B, "BRL"),
    ],
)
def test_second_batch_figures(text, amount, currency):
    assert [(m.amount, m.currency) for m in extract_article(text, RULES).money] == [(amount, currency)]


def test_second_batch_a_deal_for_the_purchase_named_before():
    text = (
        "Indonesia agreed on Tuesday to the purchase of 42 Rafale fighter jets from France. "
        "The deal is valued at $8.1 billion, according to the defence ministry."
    )
    assert_one_money_fact(text, 8.1 * B, None, "USD", "commitment", "trade")
