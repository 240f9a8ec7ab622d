"""A wire's short US stamp under its headline with the clock and time zone it moved at (`06/14/91 09:05 EDT`): the
day is the page's publication date (month first), and a headline in capitals does not run on into it (texts written
for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "NEW YORK -(Wire)- Acme Mining Corp. said it agreed to sell its Chilean copper unit to a Japanese trading house "
    "for $310 million, or about 18 times earnings.\n"
)


@pytest.mark.parametrize(
    ("head", "title", "day"),
    [
        (
            "ACME MINING TO SELL CHILE UNIT FOR $310M\n06/14/91 09:05 EDT\n",
            "ACME MINING TO SELL CHILE UNIT FOR $310M",
            date(1991, 6, 14),
        ),
        (
            "DJ PERU BOND SALE DRAWS $2B IN BIDS\n11/02/97 4:40 PM EST\n",
            "DJ PERU BOND SALE DRAWS $2B IN BIDS",
            date(1997, 11, 2),
        ),
        ("Acme Mining to sell Chile unit\n06/14/91 09:05\n", "Acme Mining to sell Chile unit", date(1991, 6, 14)),
    ],
)
def test_a_wire_stamp_with_its_clock_dates_the_page(head, title, day):
    found = extract_metadata(f"{head}\n{BODY}")
    assert (found.title, found.publication_date) == (title, day)
