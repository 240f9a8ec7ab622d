"""A city whose name holds a cue is a place, also in a dateline's capitals ("PORT MORESBY —"): it reports no
activity. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text",
    [
        "PORT MORESBY — Australia will provide A$20 million to help Papua New Guinea hold its elections.",
        "PORT LOUIS, May 3 — India and Mauritius agreed to expand cooperation in the Indian Ocean.",
        "PORT-AU-PRINCE (Reuters) - Donors pledged more support to Haiti on Monday after the storm.",
    ],
)
def test_a_cued_city_in_a_dateline_is_no_transport(text):
    assert "transport" not in {h.sector for h in extract_sectors(text)}


def test_the_port_itself_still_counts():
    text = "PORT LOUIS — India will help Mauritius expand the port of the capital under the agreement."
    assert "transport" in {h.sector for h in extract_sectors(text)}
