"""A year named by the day it ended on, in a relative clause (`the fiscal year that ended on June 30`, `the year
which ended on 7 July`): the whole phrase is the year up to that day, and the day is a date of its own; a day that
is no month's last bounds the year itself (`the fiscal year ending 7 July 2016`: from 8 July 2015). Sentences
written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


def found(text, pub):
    return {(m.text, m.date_start, m.date_end) for m in extract_dates(text, d(pub))}


@pytest.mark.parametrize(
    "text,pub,phrase,start,end",
    [
        (
            "The economy grew 5.1 percent in the fiscal year that ended on June 30, the statistics bureau said.",
            "2022-11-03",
            "the fiscal year that ended on June 30",
            "2021-07-01",
            "2022-06-30",
        ),
        (
            "Remittances hit a record in the financial year which ended on March 31, central bank data showed.",
            "2023-05-20",
            "the financial year which ended on March 31",
            "2022-04-01",
            "2023-03-31",
        ),
        (
            "Exports of coffee earned $1.4 billion in the Ethiopian fiscal year that ended on 7 July, officials said.",
            "2019-08-02",
            "year that ended on 7 July",
            "2018-07-08",
            "2019-07-07",
        ),
        (
            "Sales abroad climbed 9 percent in the year that ended on September 30, the ministry reported.",
            "2018-12-11",
            "the year that ended on September 30",
            "2017-10-01",
            "2018-09-30",
        ),
    ],
)
def test_the_year_that_ended_on_a_day_is_the_year_and_the_day(text, pub, phrase, start, end):
    got = found(text, pub)
    assert (phrase, d(start), d(end)) in got
    assert any(t.endswith(phrase.rsplit(" on ", 1)[1]) and s == e == d(end) for t, s, e in got)


def test_a_year_ending_on_a_day_that_is_no_month_end_runs_from_the_next_day():
    got = found("Growth is forecast at 8 percent for the Ethiopian fiscal year ending 7 July 2021.", "2020-11-15")
    assert ("year ending 7 July 2021", d("2020-07-08"), d("2021-07-07")) in got


def test_a_year_ended_on_a_month_end_is_still_whole_months():
    got = found("Revenue fell 3 percent in the fiscal year ended June 30.", "2021-08-16")
    assert ("the fiscal year ended June 30", d("2020-07-01"), d("2021-06-30")) in got


def test_a_participle_and_its_day_in_an_apposition_leave_the_day_its_own():
    got = found(
        "Aid will total A$60 million in 2015-16, the Australian financial year starting on 1 July.", "2015-05-20"
    )
    assert ("on 1 July", d("2015-07-01"), d("2015-07-01")) in got
