"""A half or a quarter of a split year (`the first half of 2021-22`, `the third quarter of
2019/20`) are a part of a fiscal year, of the state whose figures they count, as the same part of `FY2021-22` is:
no half or quarter spans two calendar years. A span of several years (`2018-20`) is no fiscal year, and a half of
one calendar year stays one (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 7, 7)


def values(text: str, fallback: str = "") -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB, (), "en", fallback)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Britain's export credit agency expects cover in the first half of 2021-22 to match its record.",
            ("the first half of 2021-22", "2021-04-01", "2021-09-30"),
        ),
        (
            "India's exports to Bangladesh rose 40% in the first quarter of 2021-22.",
            ("the first quarter of 2021-22", "2021-04-01", "2021-06-30"),
        ),
        (
            "Pakistan's remittances hit a record in the second half of 2020-21, the State Bank said.",
            ("the second half of 2020-21", "2021-01-01", "2021-06-30"),
        ),
        (
            "Australia's wheat exports to Indonesia fell in the third quarter of 2020/21.",
            ("the third quarter of 2020/21", "2021-01-01", "2021-03-31"),
        ),
        (
            "Kenya's tea earnings rose in the first half of 2020-2021, the treasury said.",
            ("the first half of 2020-2021", "2020-07-01", "2020-12-31"),
        ),
    ],
)
def test_a_part_of_a_split_year_is_one_of_a_fiscal_year(text, expected):
    assert values(text) == [expected]


def test_a_part_of_a_split_year_follows_the_fallback_calendar_when_no_state_is_named():
    text = "Remittances rose 12% in the first half of 2020-21."
    assert values(text, "PAK") == [("the first half of 2020-21", "2020-07-01", "2020-12-31")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "India's exports to Bangladesh rose 40% in the first half of 2019.",
            [("the first half of 2019", "2019-01-01", "2019-06-30")],
        ),
        ("Britain's exports to Chile fell in the first half of 2018-20.", []),
    ],
)
def test_a_calendar_half_stays_and_a_span_of_years_has_no_half(text, expected):
    assert values(text) == expected
