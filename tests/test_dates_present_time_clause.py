"""A clause of time in the simple present, which English uses for a time ahead ("to raise market access when Chinese
Vice Premier Wu Yi leads a trade delegation to Washington in April", "once the committee approves the loan in May"),
sets the future for its date, though a past verb stands before it; a clause of time in the past ("When the minister
visited Lagos in March") stays behind. Sentences written for these tests, in several outlets' styles; published
Friday 19 November 2004."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2004-11-19"


@pytest.mark.parametrize(
    ("text", "mention", "first_day"),
    [
        (
            "On Wednesday, the senator met the trade representative to urge him to raise wheat market access when"
            " Chinese Vice Premier Wu Yi leads a trade delegation to Washington in April.",
            "in April",
            "2005-04-01",
        ),
        (
            "The bank said it would release the funds once the committee approves the loan in May.",
            "in May",
            "2005-05-01",
        ),
        (
            "Officials in Accra said they expected a decision before President Kufuor travels to Beijing in March.",
            "in March",
            "2005-03-01",
        ),
        ("When the minister visited Lagos in March, he signed three deals.", "in March", "2004-03-01"),
    ],
)
def test_a_present_time_clause_looks_ahead(text, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows[mention] == first_day
