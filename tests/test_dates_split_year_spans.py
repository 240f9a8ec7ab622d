"""A span from one fiscal year written split to another ('from 2015/16 to 2018/19', 'between 2019-20 and
2021-22') is one mention, from the first day of the first fiscal year to the last day of the second, as the
spec's plain span of years (sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "India's allocation to the scheme tripled from 2015/16 to 2018/19, the finance ministry said.",
            "from 2015/16 to 2018/19",
            (date(2015, 4, 1), date(2019, 3, 31)),
        ),
        (
            "Kenya's tea earnings rose between 2019-20 and 2021-22.",
            "between 2019-20 and 2021-22",
            (date(2019, 7, 1), date(2022, 6, 30)),
        ),
    ],
)
def test_a_span_of_split_years_is_one_mention(text, mention, expected):
    found = [(d.text, (d.date_start, d.date_end)) for d in extract_dates(text, date(2023, 3, 1))]
    assert found == [(mention, expected)]
