"""`a week ago`, `three weeks ago` and `two weeks after` a day are the day that many weeks away, not a calendar
week (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 9, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        ("The last convoy reached the border a week ago.", "a week ago", "2021-09-09"),
        ("Lenders froze the credit line three weeks ago.", "three weeks ago", "2021-08-26"),
        (
            "The treaty was signed on August 2. Two weeks later, both chambers ratified it.",
            "Two weeks later",
            "2021-08-16",
        ),
    ],
)
def test_weeks_from_a_day_give_a_day(text, mention, day):
    found = {d.text: (str(d.date_start), str(d.date_end), d.granularity) for d in extract_dates(text, PUB, ())}
    assert found[mention] == (day, day, "day")
