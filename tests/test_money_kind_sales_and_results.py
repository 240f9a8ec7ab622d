"""Kind of goods sold in a past period and of a firm's profit or loss; every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chile sold copper worth $4 billion to Japan in 2021.", "en"),
        ("Bhutan sold hydropower worth Nu 12 billion to India last year.", "en"),
        ("A Argentina vendeu trigo no valor de US$ 800 milhões ao Brasil no ano passado.", "pt"),
    ],
)
def test_goods_sold_are_a_flow_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The carrier swung to profit, reversing a loss of $80 million a year earlier.", "en"),
        ("The state miner made a profit of $45 million in 2022.", "en"),
        ("La petrolera tuvo pérdidas de 300 millones de dólares el año pasado.", "es"),
    ],
)
def test_a_firms_profit_or_loss_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]
