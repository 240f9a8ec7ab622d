"""A fiscal year in wire copy that names no state follows the state of its dateline's city, written in capitals
(`OSAKA (AP) _`, `OTTAWA, March 3 --`), when the article names no state and no city in title case (texts written
for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "OSAKA (AP) _ Kintaro Electric said group profit for fiscal 1996 fell by a third.\n",
            "fiscal 1996",
            (date(1996, 4, 1), date(1997, 3, 31)),
        ),
        (
            "OTTAWA, March 3, 1998 (AP) _ The finance minister said the surplus in fiscal 1998 would be small.\n",
            "fiscal 1998",
            (date(1997, 4, 1), date(1998, 3, 31)),
        ),
        # a city that goes by a shorter name than its gazetteer's ("New York City")
        (
            "NEW YORK (AP) _ The retailer said sales in fiscal 1991 rose 4 percent.\n",
            "fiscal 1991",
            (date(1990, 10, 1), date(1991, 9, 30)),
        ),
    ],
)
def test_the_dateline_city_owns_the_fiscal_year(text, mention, expected):
    meta = extract_metadata(text)
    found = {d.text: (d.date_start, d.date_end) for d in extract_dates(text, meta.publication_date, meta.skip_spans)}
    assert found[mention] == expected
