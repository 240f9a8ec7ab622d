"""Quarters, halves and fiscal periods of a company report, and the day phrases of wire copy (1990s newswire
style), on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # the quarter whose figures are reported is the one nearest publication, whatever the tense
        (
            "The airline will trim routes after posting a third-quarter loss.",
            date(1993, 11, 2),
            ("third-quarter", date(1993, 7, 1), date(1993, 9, 30)),
        ),
        (
            "Investors will study fourth-quarter earnings reports.",
            date(1994, 1, 10),
            ("fourth-quarter", date(1993, 10, 1), date(1993, 12, 31)),
        ),
        (
            "Analysts expect a fourth-quarter loss.",
            date(1994, 9, 14),
            ("fourth-quarter", date(1994, 10, 1), date(1994, 12, 31)),
        ),
    ],
)
def test_the_quarter_of_reported_figures(text, pub, expected):
    assert found(text, pub) == [expected]


def test_quarters_of_a_fiscal_year_the_article_states():
    text = (
        "Harlow Mills said profit rose 8% in its fiscal third quarter. The company, whose fiscal year "
        "ends March 31, said sales in the second quarter had been flat."
    )
    quarters = [f for f in found(text, date(1995, 2, 10)) if "quarter" in f[0]]
    assert quarters == [
        ("fiscal third quarter", date(1994, 10, 1), date(1994, 12, 31)),
        ("the second quarter", date(1994, 7, 1), date(1994, 9, 30)),
    ]


def test_a_quarter_stays_the_calendar_s_without_a_stated_fiscal_year():
    text = "Profit rose in the quarter ended Sept. 30 and should dip in the fourth quarter."
    assert found(text, date(1989, 10, 26))[1] == ("the fourth quarter", date(1989, 10, 1), date(1989, 12, 31))


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        (
            "For the third quarter, ended Sept. 30, the bank earned $8 million.",
            date(1991, 10, 20),
            [("the third quarter, ended Sept. 30", date(1991, 7, 1), date(1991, 9, 30))],
        ),
        (
            "Net rose in the first half, against a loss in the 1992 period.",
            date(1993, 8, 1),
            [
                ("first half", date(1993, 1, 1), date(1993, 6, 30)),
                ("the 1992 period", date(1992, 1, 1), date(1992, 6, 30)),
            ],
        ),
        (
            "Orders should pick up in the second half of calendar 1994.",
            date(1994, 3, 1),
            [("the second half of calendar 1994", date(1994, 7, 1), date(1994, 12, 31))],
        ),
        (
            "Prices slid in the last days of February.",
            date(1991, 3, 8),
            [("the last days of February", date(1991, 2, 1), date(1991, 2, 28))],
        ),
        (
            "Orders recovered after a slow October.",
            date(1999, 12, 1),
            [("October", date(1999, 10, 1), date(1999, 10, 31))],
        ),
    ],
)
def test_company_periods(text, pub, expected):
    assert found(text, pub) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # two weekdays that follow each other joined by `and` are one span of days, the second counted from the first
        (
            "The ministers will meet next Friday and Saturday in Bonn.",
            date(1997, 6, 12),
            [("next Friday and Saturday", date(1997, 6, 13), date(1997, 6, 14))],
        ),
        (
            "Talks were held on Monday and Tuesday.",
            date(1997, 6, 12),
            [("on Monday and Tuesday", date(1997, 6, 9), date(1997, 6, 10))],
        ),
        # a week from a day word or a weekday
        (
            "The report comes out a week from tomorrow.",
            date(1998, 1, 29),
            [("a week from tomorrow", date(1998, 2, 6), date(1998, 2, 6))],
        ),
        (
            "The court will rule two weeks from Monday.",
            date(1998, 1, 29),
            [("two weeks from Monday", date(1998, 2, 16), date(1998, 2, 16))],
        ),
    ],
)
def test_day_phrases_of_wire_copy(text, pub, expected):
    assert found(text, pub) == expected
