"""A season without a year in a sentence that has just said a past year (or a span within one) is that year's
season ("fell in the first half of 2009, then recovered in the autumn"); one ahead, or in a sentence of its own,
counts from publication as before. Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def seasons(text, pub):
    return [
        (d.text, d.date_start.isoformat(), d.date_end.isoformat())
        for d in extract_dates(text, pub)
        if d.granularity == "season"
    ]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Cocoa arrivals at San Pedro slumped in 2016 and only picked up in the spring.",
            date(2018, 1, 9),
            [("in the spring", "2016-03-01", "2016-05-31")],
        ),
        (
            "Bus fares in Quito rose in March 2013, then held steady through the summer.",
            date(2015, 6, 30),
            [("through the summer", "2013-06-01", "2013-08-31")],
        ),
        (
            "The two utilities first met in 2019, when they sketched a joint grid study during the winter.",
            date(2021, 4, 4),
            [("during the winter", "2019-12-01", "2020-02-29")],
        ),
        # a season ahead keeps its own direction
        (
            "Output fell in 2019 and is expected to recover in the autumn.",
            date(2020, 5, 4),
            [("in the autumn", "2020-09-01", "2020-11-30")],
        ),
        # the year said in another sentence does not reach it
        (
            "Output fell in 2019. It recovered in the autumn.",
            date(2020, 12, 14),
            [("in the autumn", "2020-09-01", "2020-11-30")],
        ),
    ],
)
def test_a_season_of_the_year_just_said(text, pub, expected):
    assert seasons(text, pub) == expected
