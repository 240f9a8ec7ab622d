"""A comparison that names its span ("the year-ago quarter", "the same period last year") compares with the period
said before it even when the day or week its figures were reported came in between ("second-quarter earnings,
reported last week"); a longer span said since is the one it compares with (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def last_value(text, pub):
    found = extract_dates(text, pub, (), "en")[-1]
    return found.text, found.date_start.isoformat(), found.date_end.isoformat()


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Caterpillar's second-quarter profit, announced last week, rose 30 percent. Engine sales in Europe "
            "doubled from the year-ago quarter.",
            date(1995, 7, 26),
            ("the year-ago quarter", "1994-04-01", "1994-06-30"),
        ),
        (
            "Fourth-quarter revenue at the Lisbon utility, disclosed on Tuesday, was 2.1 billion escudos. That "
            "compared with 1.8 billion escudos in the year-earlier quarter.",
            date(1997, 2, 20),
            ("the year-earlier quarter", "1995-10-01", "1995-12-31"),
        ),
        (
            "Copper shipments from Chile rose in the first quarter, the state agency said on Monday. Shipments to "
            "Japan were flat against the same period last year.",
            date(1998, 4, 15),
            ("the same period last year", "1997-01-01", "1997-03-31"),
        ),
        (
            "Steel output in Ontario fell in March, the mills reported on April 9 and again on April 14. Output was "
            "down 4 percent from the year-earlier month.",
            date(1991, 4, 20),
            ("the year-earlier month", "1990-03-01", "1990-03-31"),
        ),
        (
            "Third-quarter sales at the Manila brewer, released on Oct. 30, beat forecasts.\n\nDomestic volumes rose "
            "6 percent from the year-ago period.",
            date(1996, 11, 2),
            ("the year-ago period", "1995-07-01", "1995-09-30"),
        ),
    ],
)
def test_a_named_comparison_reaches_back_across_report_days(text, pub, expected):
    assert last_value(text, pub) == expected


def test_a_month_said_since_is_the_one_compared_with():
    text = (
        "Profit rose in the first quarter, the bank said on May 3. In July, deposits grew 8 percent from the "
        "year-earlier month."
    )
    assert last_value(text, date(1993, 8, 10)) == ("the year-earlier month", "1992-07-01", "1992-07-31")


def test_a_year_earlier_alone_still_counts_from_the_day_said_last():
    text = "Exports rose in the third quarter. The minister spoke on Oct. 3, 1996. A year earlier he was in Cairo."
    assert last_value(text, date(1996, 10, 10)) == ("A year earlier", "1995-01-01", "1995-12-31")
