"""A season that qualifies the noun after it (`winter kits`, `the summer months`, `the winter schedule`): a kind of
time or thing, no date of one year (`season_noun_follow` of date_words.csv). A season on its own is still one.
Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.knowledge.calendars import date_words


def seasons(text, pub="2021-03-10"):
    return [m for m in extract_dates(text, date.fromisoformat(pub)) if m.granularity == "season"]


@pytest.mark.parametrize(
    "text",
    [
        "The charity sent £3,000 to the camps for winter kits and school fees.",
        "Ferries between the islands run more often in the summer months.",
        "The airline will add a daily flight to Almaty in the winter schedule, a spokeswoman said.",
        "Exchange students are expected to arrive in the winter semester.",
        "The lender approved €200 million for winter repairs to the grid.",
        "Farmers asked for seed credit before the spring sowing.",
    ],
)
def test_a_season_before_its_noun_is_no_date(text):
    assert seasons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Almaty resumed in the winter, a spokeswoman said.",
        "The two ministers will meet again in the autumn for the joint commission.",
        "Talks on the pipeline stalled over the summer.",
    ],
)
def test_a_season_alone_is_still_a_date(text):
    assert len(seasons(text)) == 1


def test_the_nouns_are_data():
    words = {w.word for w in date_words("season_noun_follow")}
    assert {"months", "schedule", "semester", "kits", "repairs"} <= words
