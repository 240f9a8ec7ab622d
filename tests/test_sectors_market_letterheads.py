"""Page furniture: a market's letterhead ("NAIROBI SECURITIES EXCHANGE", "BOLSA DE VALORES DE LIMA"), alone or with its
page's label after a dash ("KARACHI STOCK EXCHANGE — NOTICE"), names the market and reports no finance; a stock exchange
in running text still does. Every text was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("COLOMBO STOCK EXCHANGE — DISCLOSURE\n\nLanka Tiles said it will ship glazed tiles to the Maldives.", "en"),
        ("NAIROBI STOCK EXCHANGE\nListed firms > Notices\n\nThe company signed a deal with a Ugandan firm.", "en"),
        ("CASABLANCA STOCK EXCHANGE - COMMUNIQUÉ\n\nLe groupe a signé un accord avec un partenaire ivoirien.", "fr"),
    ],
)
def test_a_market_letterhead_reports_no_finance(text: str, language: str) -> None:
    assert "finance" not in sectors_of(text, language)


def test_a_stock_exchange_in_running_text_still_counts() -> None:
    text = "The Dhaka and Shenzhen stock exchanges agreed to link their trading systems by 2026."
    assert "finance" in sectors_of(text)
