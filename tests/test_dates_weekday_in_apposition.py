"""A weekday in apposition to the day just said names that day again ("the Dow fell 190 points on Oct. 13, a
Friday"), not the latest such weekday before publication (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1989, 11, 2)


def days(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.date_start.isoformat()) for d in extract_dates(text, THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dow Jones industrials fell 190 points on Oct. 13, a Friday.",
            [("on Oct. 13", "1989-10-13"), ("Friday", "1989-10-13")],
        ),
        (
            "The savings bank failed on Sept. 3, 1987, a Thursday, after a run by depositors.",
            [("on Sept. 3, 1987", "1987-09-03"), ("Thursday", "1987-09-03")],
        ),
        (
            "The vote in the Bundestag on Oct. 24, a Tuesday, was close.",
            [("on Oct. 24", "1989-10-24"), ("Tuesday", "1989-10-24")],
        ),
    ],
)
def test_a_weekday_in_apposition_is_the_day_said(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday that is not the day said before keeps its own reading
        (
            "The vote was on Oct. 24, a day after the strike, and on Friday the results came.",
            [("on Oct. 24", "1989-10-24"), ("on Friday", "1989-10-27")],
        ),
        ("Stocks fell on Oct. 13, a Monday, traders said.", [("on Oct. 13", "1989-10-13"), ("Monday", "1989-10-30")]),
    ],
)
def test_another_weekday_keeps_its_own_day(text, expected):
    assert days(text) == expected
