"""Goods that make up a trade flow whose figure stands between them and the flow ("exports stood at $600 million,
mainly tea and cement", "shipments were worth $2 billion, led by copper") are the flow's make-up, named in passing:
trade only. Goods with a figure of their own stay their sector. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, passing",
    [
        (
            "Kenyan exports to Uganda stood at $600 million last year, mainly tea, cement and sugar.",
            {"agriculture", "industry"},
        ),
        ("Peru's exports to Korea were worth $2 billion in 2023, led by copper and zinc.", {"mining"}),
    ],
)
def test_goods_making_up_a_flow_after_its_figure_are_trade_only(text: str, passing: set[str]) -> None:
    sectors = sectors_of(text)
    assert "trade" in sectors and not passing & sectors


def test_goods_with_their_own_figure_stay_their_sector() -> None:
    assert "agriculture" in sectors_of("Exports of coffee to Japan rose by a third to $300 million last year.")
