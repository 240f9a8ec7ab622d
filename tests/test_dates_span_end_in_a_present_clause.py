"""A month that ends a span (`until`, `till`, `through`) in a clause in the present lies ahead, even when a verb of
saying in the past reports that clause; a span a past verb ran stays behind. Sentences written for these tests,
through the article extractor, published 10 July 2025."""

import pytest

from pipelines.extract.article import extract_article

_TAIL = "\n\nOfficials of both governments attended the meeting, which focused on trade, energy and security.\n"


def month_of(body):
    """The year and month of the body's one date mention, and its text."""
    found = extract_article(f" date 2025-07-10 {body}{_TAIL}").dates
    assert len(found) == 1 and found[0].date_start.day == 1
    return found[0].text, found[0].date_start.strftime("%Y-%m")


AHEAD = [
    ("The Red Cross said it needs another 14 million francs through November to shelter families.", "2025-11"),
    ("UNHCR told donors on a call that it requires $31 million to keep the camps open until December.", "2025-12"),
    (
        "The port authority explained that the dredging contract, which runs through October, covers two berths.",
        "2025-10",
    ),
    ("Bolivia's mining chamber reported that the export window stays open till September.", "2025-09"),
    ("The ban on maize shipments remains in force until January.", "2026-01"),  # no verb of the past
]
BEHIND = [
    ("Copper exports climbed 8 percent through May, the Chilean customs office said.", "2025-05"),
    ("The mission said it had disbursed 6 million euros through March.", "2025-03"),
    ("The ministry said it has paid out $9 million through April.", "2025-04"),  # the perfect counts to date
    ("The governor said the road was closed until February.", "2025-02"),
]


@pytest.mark.parametrize("body, month", AHEAD + BEHIND)
def test_a_span_end_takes_the_tense_of_its_own_clause(body, month):
    text, found = month_of(body)
    assert text.split()[0] in {"until", "till", "through"}
    assert found == month


def weekday_after_and(body):
    """The day of the body's `until` weekday, published Thursday 10 July 2025."""
    found = [d for d in extract_article(f" date 2025-07-10 {body}{_TAIL}").dates if d.text.startswith("until")]
    assert len(found) == 1
    return str(found[0].date_start)


@pytest.mark.parametrize(
    "body, day",
    [
        ("The Nairobi trade show opened on Tuesday and runs until Sunday, the organisers said.", "2025-07-13"),
        ("Peru's fishing season, which began last month and lasts until Saturday, was cut short.", "2025-07-12"),
        ("The strike at the Durban port started on Monday and continues until Friday.", "2025-07-11"),
        ("The exhibition in Quito opened on Monday and ran until Wednesday.", "2025-07-09"),  # the past
        ("The talks began on Monday and lasted until Tuesday, officials said.", "2025-07-08"),
    ],
)
def test_a_present_verb_joined_by_and_runs_its_span_ahead(body, day):
    assert weekday_after_and(body) == day
