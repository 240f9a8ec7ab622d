"""The Iranian (solar hijri) year in English news, on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract import solar_hijri
from pipelines.extract.dates import extract_dates


def found(text, pub):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("year", "first_day"), [(1370, date(1991, 3, 21)), (1399, date(2020, 3, 20)), (1403, date(2024, 3, 20))]
)
def test_new_year(year, first_day):
    assert solar_hijri.new_year(year) == first_day


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Bilateral trade grew 9% in the Iranian year 1400.",
            date(2022, 8, 1),
            [("the Iranian year 1400", "2021-03-21", "2022-03-20")],
        ),
        (
            "Steel exports fell in the first half of the current Iranian year.",
            date(2023, 10, 2),
            [("the first half of the current Iranian year", "2023-03-21", "2023-09-22")],
        ),
        (
            "Customs data cover the first four months of the current Iranian calendar year.",
            date(2021, 8, 10),
            [("the first four months of the current Iranian calendar year", "2021-03-21", "2021-07-22")],
        ),
        (
            "Tehran's oil revenue rose last Iranian year.",
            date(2019, 6, 1),
            [("last Iranian year", "2018-03-21", "2019-03-20")],
        ),
    ],
)
def test_iranian_years(text, pub, expected):
    assert found(text, pub) == expected
