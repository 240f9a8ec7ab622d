"""Trade and industry words in another sense: a balance between two aims ("a trade-off between growth and the
environment"), words or blows exchanged in a quarrel ("the envoys traded barbs", "trade accusations") and a source of a
figure ("industry estimates put the sales at") name no trade and no industry. Trade itself still counts. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Minister Perera said the plan was not a trade-off between growth and clean air, speaking in Colombo.",
        "The two envoys traded barbs at the forum in Jakarta over the disputed shoal.",
        "Seoul and Pyongyang trade accusations after the shelling near the island.",
    ],
)
def test_trade_in_another_sense_is_no_trade(text: str) -> None:
    assert "trade" not in sectors_of(text)


def test_industry_estimates_are_a_source() -> None:
    text = "Industry estimates put the extra beef sales to Beijing at $300 million a year by 2030."
    assert "industry" not in sectors_of(text)


def test_trade_still_counts() -> None:
    assert "trade" in sectors_of("Both sides agreed to raise bilateral trade to $5 billion by 2030.")
