"""Spans of months: `March to June 2019` without `from` is one span (as `March-June 2019`), and a span from January
to a month before publication after a figure is the year's figures so far, this year's whatever verb comes later
in the sentence. Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        (
            "Interns will work at the Nairobi bureau for a second term (September to December 2024).",
            date(2024, 3, 1),
            "en",
            [("September to December 2024", "2024-09-01", "2024-12-31")],
        ),
        (
            "El programa piloto (abril a junio de 2017) cubre Arequipa.",
            date(2016, 12, 1),
            "es",
            [("abril a junio de 2017", "2017-04-01", "2017-06-30")],
        ),
        (
            "Peruvian anchovy landings reached 2.1 million tonnes in January-May, and processors expect a stronger "
            "second season.",
            date(2011, 6, 20),
            "en",
            [("January-May", "2011-01-01", "2011-05-31")],
        ),
        (
            "Tea auctions in Mombasa sold 180 million kg in January-September, brokers will report.",
            date(2015, 10, 12),
            "en",
            [("January-September", "2015-01-01", "2015-09-30")],
        ),
        # no figure before it: the tense decides, as before
        (
            "The terminal will handle cruise ships in January-March.",
            date(2015, 10, 12),
            "en",
            [("January-March", "2016-01-01", "2016-03-31")],
        ),
        # two months joined by `and` stay two mentions
        (
            "Talks took place in March and June 2019.",
            date(2020, 1, 5),
            "en",
            [("in March", "2019-03-01", "2019-03-31"), ("June 2019", "2019-06-01", "2019-06-30")],
        ),
    ],
)
def test_spans_of_months(text, pub, language, expected):
    assert found(text, pub, language) == expected
