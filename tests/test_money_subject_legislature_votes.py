"""Subject of a sum a legislature or a government approves or votes from its budget: approving or voting money is
allocating it, like setting it aside or earmarking it. Voted for another state it is aid ('Congress approved
$400 million for Mexico'); for works at home it is the project's; a lender that approves money keeps its own
reading (a loan). Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Congress approved $400 million for Mexico in fiscal 2008.", "en"),
        ("The Senate approved $120 million for Colombia in the foreign operations bill.", "en"),
        ("Parliament voted NOK 500 million for Malawi for next year.", "en"),
        ("The House voted $95 million for Jordan in the supplemental.", "en"),
        ("Japan's cabinet approved 30 billion yen for the Philippines in the extra budget.", "en"),
        ("Lawmakers approved A$40 million for Papua New Guinea in the new budget.", "en"),
        ("El Congreso aprobó 300 millones de dólares para Guatemala.", "es"),
        ("El Parlamento aprobó 50 millones de euros para Bolivia en el presupuesto.", "es"),
        ("Le Parlement a voté 40 millions d'euros pour le Niger.", "fr"),
        ("Le Sénat a approuvé 25 millions de dollars pour Haïti.", "fr"),
        ("O Congresso aprovou US$ 60 milhões para Angola.", "pt"),
        ("O Parlamento aprovou 30 milhões de euros para Moçambique.", "pt"),
    ],
)
def test_a_legislatures_vote_for_another_state_is_aid(text, language):
    assert _subjects(text, language)[0] == "aid"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Parliament approved Sh3 billion for the Nairobi bypass road.", "en"),
        ("The cabinet approved Rs 900 crore for the new airport terminal.", "en"),
        ("El Congreso aprobó 80 millones de dólares para la carretera a Cobija.", "es"),
    ],
)
def test_a_vote_for_works_at_home_is_the_project(text, language):
    assert _subjects(text, language)[0] == "project"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The World Bank approved $350 million for Ethiopia's roads.", "en"),
        ("The Asian Development Bank approved a $200 million loan for Nepal.", "en"),
        ("Le FMI a approuvé 150 millions de dollars pour le Sénégal.", "fr"),
    ],
)
def test_a_lenders_approval_is_no_budget_vote(text, language):
    assert _subjects(text, language)[0] == "loan"


def test_lenders_expected_to_approve_a_sum_for_a_state_lend_it():
    text = "The World Bank and the Asian Development Bank are expected to approve about $6 billion for Thailand."
    assert _subjects(text)[0] == "loan"
