"""A trade publication's name over its stamp and the headline (pages written for these tests): a name that joins its
words with `&`, and a stamp followed by the edition or region it is for; the headline under them is the title."""

import pytest

from pipelines.extract.metadata import extract_metadata
from pipelines.extract.page_dates import STAMP_LINE

BODY = (
    "\nThe two governments agreed on Tuesday that a loan of $45 million will finance the power line, the ministry "
    "said in a statement, and the first tranche is due before the end of the year.\n"
)
HEADLINE = "Tashkent signs $45 million power line loan with Seoul"


@pytest.mark.parametrize(
    "name",
    [
        "Gulf Oil & Gas Review",
        "Andean Mining & Metals Weekly",
        "Sahel Trade & Transport Monitor",
        "Ports & Shipping Insider",
    ],
)
def test_a_publication_name_joined_by_an_ampersand_gives_way_to_the_headline(name):
    page = f"{name}\n12.03.2019\n\n{HEADLINE}\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize(
    "stamp",
    [
        "Friday, March 7, 2025 — North America",
        "12 May 2019 | Asia Edition",
        "3 June 2021 - East Africa",
        "Monday, 4 October 2010 – Gulf Edition",
    ],
)
def test_a_stamp_for_an_edition_or_region_is_a_stamp(stamp):
    assert STAMP_LINE.match(stamp)
    page = f"Automotive Supply Chain Insider\n{stamp}\n\n{HEADLINE}\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    ["5 March 2019 — talks resume in Doha", "3 June 2021 - Kenya Airways adds flights to Dubai and Jeddah"],
)
def test_a_day_then_a_headline_after_a_dash_is_no_stamp(line):
    assert not STAMP_LINE.match(line)
