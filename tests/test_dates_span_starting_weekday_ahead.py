"""A span a sentence says will start or run from a weekday ('will let the peso float in a wider band starting
Monday', 'would allow the real to trade ... starting Monday') starts on the next such day, even when the last one is
nearer to publication; a span said in the past keeps the nearest (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1999, 1, 14)


def days(text: str, pub: date = THURSDAY) -> list[str]:
    return [str(d.date_start) for d in extract_dates(text, pub, (), "en", "") if d.granularity == "day"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The governor said the bank would allow the peso to trade in a wider band starting Monday.", "1999-01-18"),
        ("The central bank will let the rand float in a wider band starting Monday.", "1999-01-18"),
        ("Bus fares in Nairobi will rise by 5 percent beginning Monday, the authority said.", "1999-01-18"),
        ("The new import quota will apply to the week starting Monday.", "1999-01-18"),
    ],
)
def test_a_span_that_will_start_on_a_weekday_starts_on_the_next_one(text, expected):
    assert days(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dock strike, starting Monday, paralysed the ports of Chittagong.", "1999-01-11"),
        ("The three-day visit starting Monday was useful, the two sides stated.", "1999-01-11"),
    ],
)
def test_a_span_said_in_the_past_keeps_the_nearest_weekday(text, expected):
    assert days(text) == [expected]
