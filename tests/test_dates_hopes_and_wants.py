"""A hope said in the present before its clause ("Colombo hopes the IMF review in September goes smoothly") looks
ahead, as `hopes to` does. A want after the date ("the news on Tuesday that Gazprom wants to raise the price") leaves
the date's own tense alone (`want to` is no cue: read as an intent it turned a reported deficit into a plan).
Sentences written for these tests, in several outlets' styles; published 21 July 2023 (a Friday)."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2023-07-21"


@pytest.mark.parametrize(
    ("text", "mention", "first_day"),
    [
        (
            "Foreign Minister Ali Sabry said Colombo hopes the IMF review in September goes smoothly.",
            "in September",
            "2023-09-01",
        ),
        ("The ministry hopes the new terminal in Mombasa opens in March.", "in March", "2024-03-01"),
    ],
)
def test_a_hope_or_a_want_looks_ahead(text, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows[mention] == first_day


def test_a_want_after_the_date_leaves_it_behind():
    text = (
        "So the news on Tuesday that Gazprom wants to raise the price it charges Armenia from next April got people"
        " talking in the capital."
    )
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows["on Tuesday"] == "2023-07-18"
