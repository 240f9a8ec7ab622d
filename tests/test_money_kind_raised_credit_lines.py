"""Kind of aid, a credit line or a fund raised to a figure: pledged, a commitment, also where a Romance sentence
names the credit line after the figure ('vai ampliar para R$ 3 bilhões a linha de crédito'); a goal of trade
stays a target. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [f"{m.kind}/{m.subject}" for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, kinds",
    [
        (
            "O BNDES vai ampliar para R$ 3 bilhões a linha de crédito destinada a financiar exportações para "
            "Moçambique.",
            "pt",
            ["commitment/loan"],
        ),
        (
            "El BID ampliará a 600 millones de dólares la línea de crédito para pequeñas empresas de Paraguay.",
            "es",
            ["commitment/loan"],
        ),
        (
            "The two leaders agreed to double the size of the joint investment fund from $5 billion to $10 billion.",
            "en",
            ["actual/investment", "commitment/investment"],
        ),
        ("India will raise its line of credit to Sri Lanka to $1.5 billion.", "en", ["commitment/loan"]),
    ],
)
def test_a_credit_line_or_fund_raised_to_a_figure_is_pledged(text, language, kinds):
    assert _kinds(text, language) == kinds


def test_a_goal_of_trade_stays_a_target():
    assert _kinds("The two countries agreed to raise bilateral trade to $5 billion.") == ["target/trade"]
