"""A relative date in capitals that ends the name of a programme, an outlet or a column heading its line, or that a
host's name follows, names a page, not a day; a headline's own date (after its verb or a preposition) stays a date.
Sentences written for these tests, through the article extractor."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article

_BODY = "\nThe minister said trade with the region rose sharply over the past decade, officials added.\n"


def dates(head, pub="2025-07-10"):  # a Thursday
    text = f" date {pub} {head}{_BODY}"
    return [(d.text, d.date_start, d.date_end) for d in extract_article(text).dates]


@pytest.mark.parametrize(
    "head",
    [
        "Andes This Week | Episode 88 | Broadcast 10.07",
        "TRANSCRIPT: Caribbean This Morning - Guyana and Suriname talk oil",
        "PACIFIC BUSINESS TONIGHT WITH MELE TUPOU",
        "This Week with Hamid Mir: the budget and the IMF",
        "KTVB-7 FIRST NEWS THIS MORNING",
        "COTTON TODAY WEEKLY | Ginning & Exports",
        "Mining Weekly | Africa Today | Podcasts",
        "Lusaka Times | Markets Today: copper holds",
    ],
)
def test_a_date_that_ends_a_programme_or_outlet_name_is_no_date(head):
    assert dates(head) == []


@pytest.mark.parametrize(
    "head, expected",
    [
        ("MINISTER ARRIVES TODAY FOR TALKS", [("TODAY", date(2025, 7, 10), date(2025, 7, 10))]),
        ("Trade Talks Resume This Week", [("This Week", date(2025, 7, 7), date(2025, 7, 13))]),
        ("PM Leaves for Beijing Today", [("Today", date(2025, 7, 10), date(2025, 7, 10))]),
        ("THIS WEEK: Nigeria and Ghana sign a power deal", [("THIS WEEK", date(2025, 7, 7), date(2025, 7, 13))]),
        (
            "Kenya budget | This Week the minister will meet the IMF",
            [("This Week", date(2025, 7, 7), date(2025, 7, 13))],
        ),
    ],
)
def test_a_headline_keeps_its_own_date(head, expected):
    assert dates(head) == expected
