"""Kind of a forecast of a figure that is neither trade nor investment (reserves, remittances): no one's goal;
and of aid raised to a figure: a pledge. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Analysts expect remittances to climb to $30 billion next year.", "en"),
        ("The central bank expects reserves to rise to $12 billion by June.", "en"),
        ("Remittances from workers abroad could reach $9 billion this year.", "en"),
        ("Los analistas prevén que las reservas lleguen a 40.000 millones de dólares en diciembre.", "es"),
    ],
)
def test_a_forecast_of_reserves_or_remittances_is_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials expect bilateral trade to reach $3 billion by 2027.",
        "The government aims to raise tourism receipts to $2 billion by 2026.",
    ],
)
def test_a_forecast_of_trade_or_a_goal_stays_a_target(text):
    assert _kinds(text) == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo said it would double its grant aid to Cambodia to $200 million over three years.",
        "The bill would triple economic assistance to the region to $3 billion over five years.",
        "Seoul said it would raise its development assistance to Ethiopia to $500 million by 2028.",
    ],
)
def test_aid_raised_to_a_figure_is_a_pledge(text):
    assert _kinds(text) == ["commitment"]


def test_aid_doubled_then_brought_to_a_figure_is_a_pledge():
    assert _kinds("Le Japon va doubler son aide au Sénégal pour la porter à 100 millions d'euros.", "fr") == [
        "commitment"
    ]


def test_trade_raised_to_a_figure_stays_a_goal():
    assert _kinds("The two sides aim to raise trade to $2 billion by 2027.") == ["target"]
