"""The subject of a government's budget allocation for its own works, of fees and running costs paid, of the
capital a joint fund or company is set up with, and of goods sold or bought; every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania's budget for 2025 sets aside $40 million for the northern water network.", "en"),
        ("The Treasury has earmarked Rs 12 billion in this year's budget for land acquisition.", "en"),
        ("The finance ministry said the 2019 appropriation includes $80 million as counterpart funding.", "en"),
        ("El presupuesto de 2024 asigna 900 millones de dólares a la red eléctrica del sur.", "es"),
        ("Le budget de l'État prévoit 30 milliards de francs CFA pour les routes rurales.", "fr"),
    ],
)
def test_a_budget_allocation_for_works_at_home_is_the_project(text, language):
    assert _subjects(text, language)[0] == "project"


def test_a_budget_allocation_for_another_state_is_not_the_project():
    text = "The administration's budget request includes $75 million for Honduras in fiscal year 2026."
    assert _subjects(text)[0] != "project"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania ships most of its imports through the coast and pays about $900 million a year in port fees.",
        "The airline pays roughly $40 million a year in landing fees since the airspace closed.",
        "The new line would save the country some $200 million a year in fuel costs.",
    ],
)
def test_fees_and_running_costs_paid_are_other(text):
    assert _subjects(text)[0] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The two states agreed to found a joint fund whose authorized capital will be $300 million.",
        "The new shipping line starts with a charter capital of $45 million, the partners said.",
    ],
)
def test_the_capital_a_joint_body_is_set_up_with_is_investment(text):
    assert _subjects(text)[0] == "investment"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania sold gas worth $700 million to its neighbour last year.",
        "Its weapons purchases from abroad have reached some $2 billion since 2010.",
    ],
)
def test_goods_sold_or_bought_are_trade(text):
    assert _subjects(text)[0] == "trade"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ruritania signed loan agreements worth $900 million with the lender on Monday. "
            "The largest portion, $400 million, will go to the new container port.",
            "en",
        ),
        (
            "The lenders agreed a €60 billion bailout for Ruritania. Member states approved their share of "
            "€45 billion, while France's portion is €9 billion.",
            "en",
        ),
        (
            "El banco aprobó un préstamo de 500 millones de dólares para Honduras. La mayor parte, "
            "300 millones de dólares, irá a la nueva carretera.",
            "es",
        ),
    ],
)
def test_a_share_or_portion_of_a_total_is_of_the_total(text, language):
    assert set(_subjects(text, language)) == {"loan"}
