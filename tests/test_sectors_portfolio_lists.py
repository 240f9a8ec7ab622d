"""A ministry whose portfolio lists its fields with a comma ("the Ministry of Trade, Industry and Energy", "the
Ministry of Industry, Mines and Energy") is a body's name: its last fields are no company at work in its trade, and
they report no activity. A company named for its trade still is one. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, named",
    [
        ("Seoul's chip sales rose in May, data from the Ministry of Trade, Industry and Energy showed.", "energy"),
        ("Cambodia's Ministry of Industry, Mines and Energy said on Friday that the talks would go on.", "energy"),
        ("A spokesman for the Ministry of Agriculture, Forestry and Fisheries declined to comment.", "agriculture"),
        ("The Ministry of Culture, Sports and Tourism in Seoul said the two leaders would meet on Monday.", "tourism"),
    ],
)
def test_the_last_fields_of_a_listed_portfolio_are_a_name(text: str, named: str) -> None:
    assert named not in sectors_of(text)


def test_a_company_named_for_its_trade_is_still_at_work() -> None:
    assert "energy" in sectors_of("SK Innovation and Masdar Energy will build a plant in Ulsan, the two firms agreed.")
