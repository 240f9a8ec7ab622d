"""Kinds that rows of the kind table (`pipelines/knowledge/money_kind_rules.toml`) give: results and levels a verb
reports, stocks of debt, packages and guarantees, and money given each year. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The shipping group had net income of $310 million in its last quarter.", "actual"),
        ("The carrier had revenue of about $98 billion in 2019.", "actual"),
        ("La minera obtuvo un beneficio neto de 450 millones de dólares.", "actual"),
    ],
)
def test_results_a_firm_or_a_state_reports(text, kind):
    language = "es" if text.startswith("La ") else "en"
    assert _kinds(text, language) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The deficit with Europe peaked at about $40 billion in 2008.",
        # a yearly rate of money lent is each year's level, not a total pledged
        "The fund's lending to the islands ran at about $150 million a year in the last decade.",
    ],
)
def test_levels_a_verb_reports(text):
    assert _kinds(text) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Creditors agreed to restructure part of Zambia's $13 billion external debt next year.",
        "The visit came a week after Beijing forgave much of the country's $2 billion state debt.",
    ],
)
def test_a_stock_of_debt_named_after_the_figure(text):
    assert _kinds(text) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The third package, for 2001-03, totals 410 billion yen.",
        "The government guaranteed bonds of up to $3 billion issued by the power utility.",
    ],
)
def test_packages_and_guarantees_are_committed(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway already gives Ethiopia about $90 million a year.",
        "Donors now give about $4 billion a year in aid to the Sahel.",
    ],
)
def test_money_given_now_each_year_is_a_flow_reported(text):
    assert _kinds(text) == ["actual"]


def test_money_released_over_the_last_financial_year_is_reported():
    text = "The bank released a total of Rs 900 crore in the last financial year."
    assert _kinds(text) == ["actual"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Sweden provided about $95 million to Mozambique in fiscal 2016.", "actual"),
        ("Norway gave $45 million to the health fund in 2019, ministers said.", "actual"),
        # money given so far stays committed; money invested over one past period is reported, as money given is
        ("Sweden has provided about $95 million to Mozambique this year.", "commitment"),
        ("Sweden provided about $95 million to Mozambique since 2015.", "commitment"),
        ("Korean firms invested about $700 million in Uzbekistan last year.", "actual"),
        ("Korean firms have invested about $700 million in Uzbekistan since 2018.", "commitment"),
    ],
)
def test_money_given_over_one_past_period_is_a_level_reported(text, kind):
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The carmaker bought the plant in 2009 for about $1.4 billion.", "actual"),
        ("The group sold its Chilean unit for $300 million last year.", "actual"),
    ],
)
def test_a_price_paid_for_a_firm_before_now_is_reported(text, kind):
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ('"Queremos llegar a un comercio de US$ 9.000 millones para 2027", dijo el ministro.', "es", "target"),
        ('"Queremos chegar a um comércio de US$ 5 bilhões em 2027", disse o ministro.', "pt", "target"),
        ("« Nous voulons atteindre un commerce de 2 milliards de dollars en 2027 », dit le ministre.", "fr", "target"),
    ],
)
def test_a_goal_said_in_the_first_person(text, language, kind):
    assert _kinds(text, language) == [kind]


@pytest.mark.parametrize(
    "text, language, kind",
    [
        # a currency swap is no debt operation: the swap agreed is committed
        ("Los bancos centrales firmaron un canje de monedas por 70.000 millones de yuanes.", "es", "commitment"),
        # a level a verb reports is reported, whatever swap the sentence names before
        ("Officials say the swap steadied the peso in May, when reserves fell below $2 billion.", "en", "actual"),
    ],
)
def test_swaps_agreed_and_levels_beside_them(text, language, kind):
    assert _kinds(text, language) == [kind]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("This is on top of the $8 million already supporting clinics across the islands.", "commitment"),
        # a flow the sum is added to stays a flow
        ("That is on top of $3 billion in exports last year.", "actual"),
    ],
)
def test_the_sum_a_new_one_adds_to(text, kind):
    assert _kinds(text) == [kind]
