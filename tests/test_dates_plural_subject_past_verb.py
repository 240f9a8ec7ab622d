"""A regular past verb after a plural noun subject that no determiner opens ("Months of protests forced the president
to flee the country in July", "Exports climbed in May") is the sentence's past: a month or weekday it governs lies
behind publication. A verb of intent before its infinitive ("members wanted to see the contract before the vote in
June") is no such past. Sentences written for these tests, in several outlets' styles; published 21 March 2023."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2023-03-21"


@pytest.mark.parametrize(
    ("text", "mention", "first_day"),
    [
        (
            "Months of queues and protests forced the prime minister to leave the capital in July and resign.",
            "in July",
            "2022-07-01",
        ),
        ("Floods and landslides destroyed the main road to the port in August.", "in August", "2022-08-01"),
        (
            "Rolling blackouts and fuel shortages pushed thousands of families across the border in June, aid groups"
            " say.",
            "in June",
            "2022-06-01",
        ),
        (
            "Talks between the two delegations collapsed in October over the tariff schedule.",
            "in October",
            "2022-10-01",
        ),
    ],
)
def test_a_past_verb_after_a_plural_subject_sets_the_past(text, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows[mention] == first_day


def test_an_intent_after_a_plural_subject_still_points_ahead():
    text = "Opposition members wanted to see the full contract before the vote in June."
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows["in June"] == "2023-06-01"
