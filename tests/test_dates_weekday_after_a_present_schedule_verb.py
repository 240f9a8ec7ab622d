"""A weekday after a verb in the present that starts or ends something (`begins`, `starts`, `ends`) is a schedule,
the next such day; the participle (`starting Thursday`, `ending Saturday`) names a span under way, the nearest day
(sentences written for these tests, in the style of wire reports)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1989, 11, 2)


def days(text: str, pub: date = THURSDAY) -> list[str]:
    return [d.date_start.isoformat() for d in extract_dates(text, pub) if d.granularity == "day"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial of the four officers begins Monday in Los Angeles.", ["1989-11-06"]),
        ("The strike by 55,000 machinists starts Monday unless a contract is signed.", ["1989-11-06"]),
        ("Voting begins Monday in Namibia's first free election.", ["1989-11-06"]),
        ("The Soviet leader's visit to Rome ends Sunday, the embassy said.", ["1989-11-05"]),
        ("The airline's fare war, which began Tuesday, ends Saturday.", ["1989-10-31", "1989-11-04"]),
    ],
)
def test_a_weekday_after_a_present_verb_of_a_schedule_lies_ahead(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial of the four officers began Monday in Los Angeles.", ["1989-10-30"]),  # past: the last one
        ("The three-day visit starting Thursday, the leaders stated, was useful.", ["1989-11-02"]),  # under way
        ("The visit ended Sunday, the embassy said.", ["1989-10-29"]),
        ("Tokyo has pledged 3 billion yen in the fiscal quarter ending Saturday.", ["1989-11-04"]),
    ],
)
def test_a_past_verb_or_a_participle_keeps_its_day(text, expected):
    assert days(text) == expected
