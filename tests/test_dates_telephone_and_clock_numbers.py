"""A four-digit number that a page prints as a telephone number (`1800 900 090`) or a clock time (`SPORT AT
1830`, `at 1800 GMT`, `1930 hrs`) is no year; a year led in by a preposition stays one, even before a figure
(texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2011, 1, 27)


def texts(text: str) -> list[str]:
    return [d.text for d in extract_dates(text, PUB, (), "en", "")]


@pytest.mark.parametrize(
    "text",
    [
        "For more details call the export helpline on 1800 020 504.",
        "Enquiries: Trade Policy Unit, 1300 655 022 (free call).",
        "[NEXT: BUSINESS AT 1930]",
        "The ministers will meet the press at 1800 GMT.",
        "The curfew starts at 2000 hrs in the capital.",
    ],
)
def test_a_telephone_number_or_a_clock_time_is_no_year(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2019 500 000 people crossed the border.", ["In 2019"]),
        ("Exports valued at 2010 prices rose.", ["2010"]),
        ("The port was founded in 1830 by traders.", ["in 1830"]),
    ],
)
def test_a_year_stays_a_year(text, expected):
    assert texts(text) == expected
