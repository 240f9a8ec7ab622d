"""The subject of an amount from who gives it (a lender, a donor state or agency, a company, a government
putting up its own share) and from the noun the figure measures; every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Caribbean Development Bank will provide $42 million for two coastal clinics.", "en"),
        ("The lender approved $260 million to support small farmers in the north.", "en"),
        ("EBRD commitments to Ruritania reached a record €1.1 billion in 2021.", "en"),
        ("The bank said it would cofinance $95 million of the water scheme.", "en"),
        ("La Banque ouest-africaine de développement a approuvé 30 milliards de francs CFA pour l'irrigation.", "fr"),
    ],
)
def test_money_a_lender_gives_is_a_loan(text, language):
    assert _subjects(text, language)[0] == "loan"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway will provide NOK 300 million over three years to help Malawi train nurses.", "en"),
        ("Japan would allocate 900 million yen to equip vocational schools in Laos.", "en"),
        ("The money is part of the $2 billion pledged by Canada and Sweden at the summit.", "en"),
        ("USAID will give $12 million for maternal health in Nepal.", "en"),
        ("La Suisse financera, à hauteur de 8 millions de francs suisses, un centre de santé au Bénin.", "fr"),
        ("A União Europeia mobilizou 20 milhões de euros para a região.", "pt"),
    ],
)
def test_money_a_donor_state_or_agency_gives_is_aid(text, language):
    assert _subjects(text, language)[0] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "The lender will finance the road with a $90 million loan, and the government will contribute $14 million.",
        "Ruritania's government will add $5 million from the state budget.",
        "The two states say they will put up $700 million of their own for the new ring road.",
    ],
)
def test_a_government_putting_up_its_own_share_is_the_project(text):
    assert _subjects(text)[-1] == "project"


def test_money_companies_commit_is_investment():
    assert _subjects("Korean firms have committed about $3 billion to Uzbek infrastructure.") == ["investment"]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        # the noun the figure measures governs, before a cost named further away
        ("Ruritania covers most of the dam's cost through a state loan of $4 billion.", "en", "loan"),
        ("Both leaders discussed energy, trade and the $9 billion Northern Corridor project.", "en", "project"),
        ("Le programme a permis de financer 400 milliards de francs CFA de projets depuis 2015.", "fr", "project"),
        ("La ley prevé 90.000 millones de euros de gastos militares hasta 2030.", "es", "other"),
        ("The two countries traded goods worth $1.2 billion in the first quarter.", "en", "trade"),
        ("The ministry will spend $30 million on new bridges and tunnels.", "en", "project"),
    ],
)
def test_the_noun_the_figure_measures(text, language, subject):
    assert _subjects(text, language)[0] == subject


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # what a loan is for does not say what the money is
        ("The two sides agreed to extend the $300 million credit line for fertiliser imports by $100 million.", "en"),
        ("O banco reabriu a linha de crédito para exportações de máquinas, com valor de até US$ 500 milhões.", "pt"),
    ],
)
def test_a_purpose_after_a_loan_does_not_name_the_money(text, language):
    assert _subjects(text, language)[-1] == "loan"


def test_a_part_of_a_figure_is_what_its_own_clause_says():
    text = "The plant was built at a cost of $400 million, of which $250 million was a Japanese grant."
    assert _subjects(text) == ["project", "aid"]


def test_a_share_of_a_total_is_of_the_total():
    text = (
        "The World Bank approved a $700 million loan for Ruritania on Friday. "
        "Of the total, $400 million will go to the power utility and $300 million to a jobs programme."
    )
    assert _subjects(text) == ["loan"] * 3


def test_a_title_before_a_name_is_no_cue():
    text = "Trade Minister Ana Ruiz said the aid agency will allocate $6 million next year for rural schools."
    assert _subjects(text) == ["aid"]


def test_a_share_of_a_total_named_paragraphs_before_is_of_that_total():
    text = (
        "The Asian lender signed three loans totalling $900 million with Ruritania on Monday.\n\n"
        "Officials of both sides attended the ceremony in the capital.\n\n"
        "Of the total, $600 million will go to the grid operator and $300 million to rural clinics."
    )
    assert _subjects(text) == ["loan"] * 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The new terminal will generate revenues of $2 billion a year.", "en"),
        ("El aeropuerto generará ingresos por US$ 300 millones al año.", "es"),
    ],
)
def test_earnings_a_figure_measures_are_of_no_subject(text, language):
    assert _subjects(text, language) == ["other"]


def test_a_tranche_is_of_the_swap_its_sentence_names_else_of_a_loan():
    swap = "The central bank renewed its currency swap line, worth $5 billion, and released a tranche of $1 billion."
    assert _subjects(swap) == ["other", "other"]
    assert _subjects("The second tranche, $700 million, will pay for the metro line.") == ["loan"]


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        # whom the money is for may be named by a demonym; a state's own people are no recipient abroad
        ("Finland pledged €6 million to train Kenyan nurses.", "en", "aid"),
        ("Ruritania's cabinet approved $90 million for the Ruritanian section of the highway.", "en", "project"),
        # a Romance text names states the way English does too ("Niger", "Portugal")
        ("L'Italie a accordé 12 millions d'euros au Niger pour des puits.", "fr", "aid"),
        ("Portugal vai conceder 3 milhões de euros a Angola para bolsas de estudo.", "pt", "aid"),
    ],
)
def test_money_a_state_gives_abroad_is_aid(text, language, subject):
    assert _subjects(text, language)[0] == subject


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        # after a comma, a conjunction starts another statement, whose words are not the figure's
        (
            "Korea is the top foreign investor here, with a stock of $6 billion, and its third trading partner.",
            "en",
            "investment",
        ),
        (
            "L'Espagne, premier investisseur au Pérou, a un stock de 9 milliards d'euros, et son client commercial.",
            "fr",
            "investment",
        ),
    ],
)
def test_a_conjunct_after_a_comma_is_another_statement(text, language, subject):
    assert _subjects(text, language)[0] == subject
