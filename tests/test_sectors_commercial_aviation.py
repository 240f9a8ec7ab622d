"""'Commercial' before an aircraft or a flight names civil aviation ("big commercial jets", "commercial flights"), which
is transport, not commerce between the sides. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The merger leaves the European group as the only rival in big commercial jets, worth $40 billion a year.",
        "The two countries agreed to resume commercial flights between their capitals in March.",
    ],
)
def test_commercial_aircraft_and_flights_are_transport_not_trade(text: str) -> None:
    sectors = sectors_of(text)
    assert "transport" in sectors and "trade" not in sectors
