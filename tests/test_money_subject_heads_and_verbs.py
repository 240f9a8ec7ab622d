"""The subject the head noun or the verb of a figure settles, in wording the older rules had not met: budget
support a lender gives, a part of works valued, goods supplied or bought under a deal, a government's counterpart
share, earnings a verb reports; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The World Bank pledged a further $400 million in budget support for Ruritania's reforms.", "en"),
        ("The African Development Bank approved budget support of $120 million for Borduria on Friday.", "en"),
        ("La Banque mondiale a approuvé un appui budgétaire de 90 millions d'euros pour le Niger.", "fr"),
    ],
)
def test_budget_support_a_lender_gives_is_a_loan(text, language):
    assert _subjects(text, language)[0] == "loan"


def test_budget_support_a_donor_agency_gives_stays_aid():
    assert _subjects("USAID will provide $50 million in budget support to Ruritania.")[0] == "aid"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The northern section, estimated at $900 million, will open in 2028.", "en"),
        ("The first phase, valued at €300 million, is also backed by a $40 million loan from the bank.", "en"),
        ("El primer tramo, estimado en 400 millones de dólares, comenzará el próximo año.", "es"),
        ("La deuxième phase, estimée à 200 millions d'euros, débutera en 2027.", "fr"),
    ],
)
def test_a_part_of_works_valued_is_the_project(text, language):
    assert _subjects(text, language)[0] == "project"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania supplied electricity worth $90 million to Borduria last year.",
        "The utility agreed to supply gas to its neighbour under a deal valued at $2 billion.",
        "The state firm will pay $300 million in advance for the right to buy zinc from the mine for ten years.",
    ],
)
def test_goods_supplied_or_bought_under_a_deal_are_trade(text):
    assert _subjects(text)[0] == "trade"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government's counterpart of $30 million is included in next year's budget.", "en"),
        (
            "El préstamo se complementa con un aporte de contrapartida del Tesoro de 40 millones de dólares.",
            "es",
        ),
        ("La contrepartie de l'État, de 12 milliards de francs CFA, sera inscrite au budget.", "fr"),
    ],
)
def test_a_counterpart_share_is_the_project(text, language):
    assert _subjects(text, language)[-1] == "project"


def test_earnings_a_verb_reports_are_other():
    text = "Ruritania, which owes the IMF $3 billion, has seen canal revenues fall to $2 billion this year."
    assert _subjects(text)[-1] == "other"


def test_items_of_a_list_take_the_noun_the_list_opens_on():
    text = (
        "The loans finance four schemes: (1) the Northern Water Supply Scheme (¥20.1 billion); "
        "(2) the Harbour Dredging Scheme (¥11.4 billion); and (3) the Ring Road Scheme (¥9.9 billion)."
    )
    assert _subjects(text) == ["loan", "loan", "loan"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The line, which a Korean firm will build under a contract worth $900 million, opens in 2028.", "en"),
        ("The berths were constructed by a state company for $310 million.", "en"),
        ("La ligne, que l'entreprise construira en deux ans, coûtera 400 millions d'euros.", "fr"),
    ],
)
def test_money_for_what_is_built_is_the_project(text, language):
    assert _subjects(text, language)[0] == "project"


def test_arms_built_under_a_contract_are_procured_not_works():
    text = "The navy signed a $2 billion contract for six frigates built by a Ruritanian shipbuilder."
    assert _subjects(text)[0] == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania owes the Bordurian gas company about $2 billion for gas imports.", "en"),
        ("The utility's arrears for electricity imports have climbed to $600 million.", "en"),
        ("Les arriérés de paiement pour les importations d'électricité atteignent 300 millions de dollars.", "fr"),
    ],
)
def test_a_bill_owed_for_imports_is_neither_a_loan_nor_trade(text, language):
    assert _subjects(text, language)[0] == "other"


def test_a_sum_owed_to_a_state_stays_a_loan():
    assert _subjects("Ruritania owes China about $8 billion, much of it at commercial rates.")[0] == "loan"


@pytest.mark.parametrize(
    "text",
    [
        "The package includes a $1.5 billion loan for roads and a $400 million power station in the north.",
        "Besides the credit line, the two sides signed a deal for a $650 million container terminal.",
    ],
)
def test_a_figure_naming_works_is_their_value_whatever_loan_the_sentence_names(text):
    assert _subjects(text)[-1] == "project"


def test_money_invested_in_a_plant_stays_investment():
    text = "The firm, which took a bank loan last year, will invest a further $900 million in its plant."
    assert _subjects(text)[0] == "investment"


@pytest.mark.parametrize(
    "text",
    [
        "La petrolera, que comercializa el crudo del país, ha prestado a Managua unos 900 millones de dólares.",
        "El banco estatal presta 200 millones de dólares a la empresa exportadora de café.",
    ],
)
def test_money_a_spanish_lending_verb_governs_is_a_loan(text):
    assert _subjects(text, "es")[0] == "loan"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania agreed to restructure bonds held by foreign creditors with a face value of $6 billion.", "en"),
        ("The treasury swapped bonds worth $4 billion for longer-dated debt in a debt exchange.", "en"),
        ("El acuerdo prevé la conversión de deuda por valor de 30 millones de euros en proyectos educativos.", "es"),
    ],
)
def test_debt_restructured_exchanged_or_converted_is_other(text, language):
    assert _subjects(text, language)[0] == "other"


def test_a_loan_approved_after_a_restructuring_stays_a_loan():
    text = "After the debt restructuring, the IMF approved a $3 billion loan for Ruritania."
    assert _subjects(text)[0] == "loan"
