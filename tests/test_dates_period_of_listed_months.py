"""Months listed one after another ("in January and February", "in July and August 1995") are one period for what
compares with it later in the sentence or story (`the year-earlier period`, `the same period a year earlier`), not
their last month alone; months that do not follow each other leave the last one said (sentences written for these
tests, in the style of trade bulletins and business wires)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(1996, 3, 18)


def compared(text: str) -> tuple[str, str]:
    last = extract_dates(text, PUB)[-1]
    return last.date_start.isoformat(), last.date_end.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs data show two-way trade in January and February running 9% below the year-earlier period.",
            ("1995-01-01", "1995-02-28"),
        ),
        ("Exports in July and August 1995 rose 5% from the same period a year earlier.", ("1994-07-01", "1994-08-31")),
        (
            "Car sales in October, November and December climbed 12% over the year-ago period, the dealers said.",
            ("1994-10-01", "1994-12-31"),
        ),
        (
            "Arrivals in December and January were up a fifth on the year-earlier period, the tourism board said.",
            ("1994-12-01", "1995-01-31"),
        ),
        ("Shipments in September and October fell 3% from the same period last year.", ("1994-09-01", "1994-10-31")),
        (
            "Output in April, May and June 1995 was flat compared with the same period a year before.",
            ("1994-04-01", "1994-06-30"),
        ),
    ],
)
def test_months_in_a_row_are_the_period_compared_with(text, expected):
    assert compared(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not in a row: the last month said
        ("Sales in January and March rose 4% from the year-earlier period.", ("1995-03-01", "1995-03-31")),
        # one month alone
        ("Sales in February rose 4% from the year-earlier period.", ("1995-02-01", "1995-02-28")),
    ],
)
def test_months_not_in_a_row_leave_the_last_one(text, expected):
    assert compared(text) == expected
