"""English tense, in sentences written for these tests: an infinitive in the passive looks ahead ("the rest to
be paid in the spring"); a plan that had been made, with an adverb in it ("had initially been set for May"),
was made in the past."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2016, 7, 20)


def first_value(text: str) -> tuple[str, str]:
    found = extract_dates(text, PUB, (), "en")
    return found[0].text, str(found[0].date_start)


@pytest.mark.parametrize(
    ("text", "mention", "start"),
    [
        (
            "Japan agreed a $90 million loan, with the rest to be paid in the spring, officials said.",
            "in the spring",
            "2017-03-01",
        ),
        (
            "The ministers signed the accord, with the new terminal to be opened in March, the agency reported.",
            "in March",
            "2017-03-01",
        ),
    ],
)
def test_a_passive_infinitive_looks_ahead(text, mention, start):
    assert first_value(text) == (mention, start)


def test_a_plan_that_had_been_made_with_an_adverb_lies_behind():
    text = "The state visit had originally been planned for May but was put off after the floods."
    assert first_value(text) == ("May", "2016-05-01") or first_value(text) == ("for May", "2016-05-01")
