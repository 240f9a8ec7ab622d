"""A day without a year that a past word would put most of a year back is the same day up to two months ahead:
news writes a day that far back with its year, and the past word is often another clause's (a court that adjourned
a case, venues built for games that open later, talks held about a summit to come). A day further ahead, or a past
day that is near, keeps the past (sentences written for these tests, from courts, sports desks and diplomatic wires).
"""

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
        (
            "The stadium was built by a Turkish contractor for the regional games, which open on 12 September.",
            date(2019, 8, 20),
            ["2019-09-12"],
        ),
        ("The ministers discussed the summit in Lisbon on 19-20 November.", date(2010, 10, 28), ["2010-11-19"]),
        (
            "The union leader said talks were set after Independence Day, 9th December.",
            date(2021, 11, 25),
            ["2021-12-09"],
        ),
        (
            "He said the tournament, running from October 3 to November 14, was organised with the federation.",
            date(2007, 9, 29),
            ["2007-10-03"],
        ),
        ("The parliament's session, extended until Sept. 30, approved two bills.", date(1996, 8, 12), ["1996-09-30"]),
    ],
)
def test_a_day_most_of_a_year_back_is_the_one_ahead(text, pub, expected):
    assert days(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a past day a few weeks back stays there
        ("The court adjourned the case on April 28 after a brief hearing.", date(2016, 5, 3), ["2016-04-28"]),
        # a day more than two months ahead is last year's
        ("The two presidents met in Dakar on 20 September and signed four accords.", date(2012, 6, 10), ["2011-09-20"]),
        # a year said keeps it
        ("The court adjourned the case till June 2, 2015, and it has not sat since.", date(2016, 5, 3), ["2015-06-02"]),
    ],
)
def test_a_near_past_day_a_far_one_or_one_with_its_year_stays_behind(text, pub, expected):
    assert days(text, pub) == expected
