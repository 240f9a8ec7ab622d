"""A day that ends a span after a past word (a court that adjourned a case till or to a day, a session extended
until one), which the past word would put most of a year back, is the same day up to two months ahead: news writes a
day that far back with its year. A day further ahead, a past day that is near, or a day the past verb is of, keeps
the past (sentences written for these tests, from courts and parliaments)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def days(text: str, pub: date) -> list[str]:
    return [d.date_start.isoformat() for d in extract_dates(text, pub) if d.granularity == "day"]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The magistrate adjourned the case till June 2 and granted the accused bail.",
            date(2016, 5, 3),
            ["2016-06-02"],
        ),
        ("The tribunal adjourned the hearing to August 14 for final submissions.", date(2008, 7, 1), ["2008-08-14"]),
        ("The court postponed the verdict to May 30 at the request of the defence.", date(2014, 4, 22), ["2014-05-30"]),
        ("The parliament's session, extended until Sept. 30, approved two bills.", date(1996, 8, 12), ["1996-09-30"]),
    ],
)
def test_a_day_most_of_a_year_back_is_the_one_ahead(text, pub, expected):
    assert days(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the past verb's own day stays behind
        ("The talks were held on April 4.", date(2017, 3, 30), ["2016-04-04"]),
        ("The court adjourned the case on April 28 after a brief hearing.", date(2016, 5, 3), ["2016-04-28"]),
        # a day more than two months ahead is last year's
        ("The two presidents met in Dakar on 20 September and signed four accords.", date(2012, 6, 10), ["2011-09-20"]),
        # a year said keeps it
        ("The court adjourned the case till June 2, 2015, and it has not sat since.", date(2016, 5, 3), ["2015-06-02"]),
    ],
)
def test_a_near_past_day_a_far_one_or_one_with_its_year_stays_behind(text, pub, expected):
    assert days(text, pub) == expected
