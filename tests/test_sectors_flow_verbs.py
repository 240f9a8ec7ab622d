"""Goods named in passing in a trade flow's make-up report no activity in their sector, when the flow is a verb
("with Kenya exporting mainly tea, cement and glass") as when it is a noun, and manufactured goods as farm goods and
minerals; goods whose flow has a figure still count. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Trade stood at $2 billion last year, with Uganda exporting mainly coffee, cement and steel.", {"industry"}),
        ("Trade reached $900 million, with Chile importing mostly wheat and maize from Argentina.", {"agriculture"}),
        ("Bilateral trade hit $4 billion, its exports remained dominated by textiles and garments.", {"industry"}),
    ],
)
def test_goods_in_a_flows_make_up_report_nothing(text, absent):
    assert not absent & sectors_of(text)


def test_goods_whose_flow_has_a_figure_count():
    assert "industry" in sectors_of("Exports of steel and textiles to Ghana rose to $2 billion, the two sides said.")
