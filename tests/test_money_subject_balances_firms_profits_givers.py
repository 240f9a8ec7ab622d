"""Subjects of business wires and donor news: a balance after a sentence on trade, a firm bought or sold for a
figure, a firm's profit or loss, and a state named by its capital or by its government giving abroad. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Shipments to Korea came to $4 billion and purchases from Korea to $7 billion, leaving a deficit of "
            "about $3 billion.",
            "en",
            ["trade", "trade", "trade"],
        ),
        ("Exports to Brazil slowed in May. The surplus is on course to top $12 billion this year.", "en", ["trade"]),
        ("Two-way trade reached $9 billion, with Ruritania's deficit put at $5-6 billion.", "en", ["trade", "trade"]),
        (
            "Las exportaciones cayeron un 8 %. El déficit superará los US$ 2.000 millones este año, dijo el ministro.",
            "es",
            ["trade"],
        ),
    ],
)
def test_a_balance_in_or_after_a_sentence_on_trade_is_trade(text, language, expected):
    assert _subjects(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell 3 percent while the current account deficit widened to $2 billion.",
        "Imports rose, and the fiscal deficit is projected at $7 billion.",
    ],
)
def test_a_budget_or_current_account_balance_stays_other(text):
    assert _subjects(text)[-1] == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The oil group bought a chain of 300 filling stations in Ohio for $95 million last year.", "en"),
        ("The Swiss group agreed to acquire the Canadian unit of a French rival for $410 million in cash.", "en"),
        ("Brokers said Korean firms had sold more than $1 billion of European assets since March.", "en"),
        ("El fondo qatarí compró una cadena de hoteles en Madrid por unos 700 millones de euros.", "es"),
    ],
)
def test_a_firm_a_unit_or_assets_bought_or_sold_is_investment(text, language):
    assert _subjects(text, language) == ["investment"]


def test_goods_bought_stay_trade():
    assert _subjects("Cairo bought wheat worth $250 million from Kyiv in March.") == ["trade"]


@pytest.mark.parametrize(
    "text",
    [
        "A weak rouble had hurt exports. It was the firm's first loss in a decade, after a profit of $450 million "
        "in 2002.",
        "Sales abroad slowed, and the brewer expects a net loss of about $1.1 billion for the year.",
    ],
)
def test_a_firms_profit_or_loss_is_other(text):
    assert _subjects(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul disbursed about $150 million to Laos in 2011, the embassy said.",
        "The Norwegian government will provide $25 million next year to strengthen Malawi's health service.",
    ],
)
def test_a_state_named_by_its_capital_or_its_government_gives_aid_abroad(text):
    assert _subjects(text) == ["aid"]


def test_a_government_spending_at_home_gives_no_aid():
    assert _subjects("The Kenyan government will provide $30 million for the road from Nakuru to Eldoret.") == [
        "project"
    ]
