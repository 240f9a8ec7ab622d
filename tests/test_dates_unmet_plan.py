"""A plan said in the past that did not hold ("the treaty was meant to be signed in Port Moresby in September, but
cabinet approval was delayed", "the talks were supposed to resume in August"): its date lies behind publication or
near it, as a plan after `had been` does, not a year ahead. A plan said in the present ("is meant to be signed in
November") still looks ahead. Sentences written for these tests, in several outlets' styles; published 7 October
2025."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2025-10-07"


@pytest.mark.parametrize(
    ("text", "mention", "first_day"),
    [
        (
            "The defence treaty was meant to be signed in Port Moresby in September, but cabinet approval was delayed.",
            "in September",
            "2025-09-01",
        ),
        (
            "The second round of talks was supposed to be held in Geneva in August before the ceasefire collapsed.",
            "in August",
            "2025-08-01",
        ),
        (
            "The loan agreements were originally meant to be finalised in July, officials in Nairobi said.",
            "in July",
            "2025-07-01",
        ),
        ("The new port terminal is meant to be opened in November, the ministry says.", "in November", "2025-11-01"),
    ],
)
def test_an_unmet_plan_is_behind(text, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows[mention] == first_day
