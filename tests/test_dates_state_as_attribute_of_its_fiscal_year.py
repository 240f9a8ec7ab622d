"""A state's name or demonym as the attribute of a fiscal year after `the` ('the Bangladesh fiscal year 2010-11',
'the Indian fiscal year') names whose year it is, as the possessive does; a state after a preposition before `this
financial year` does not ('aid to Indonesia this financial year'). Plural subjects in the present schedule ahead
('monitoring visits resume on Sunday'). Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def spans(text: str, pub: date) -> list[tuple[str, str]]:
    return [(d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "A British grant of £3.5 million covers the Bangladesh fiscal year 2010-11, the UK aid office said.",
            date(2011, 5, 19),
            [("2010-07-01", "2011-06-30")],
        ),
        (
            "Japanese lenders expect growth to slow in the Indian fiscal year 2011-12.",
            date(2011, 5, 19),
            [("2011-04-01", "2012-03-31")],
        ),
        (
            "Pakistani officials in Tokyo discussed the U.S. fiscal year 2012 aid budget.",
            date(2011, 5, 19),
            [("2011-10-01", "2012-09-30")],
        ),
        (
            "Monitoring visits resume on Sunday in the flooded districts.",
            date(2011, 5, 19),
            [("2011-05-22", "2011-05-22")],
        ),
        (
            "Negotiations on the trade pact resume in Beijing in the September quarter.",
            date(2012, 5, 23),
            [("2012-07-01", "2012-09-30")],
        ),
    ],
)
def test_a_state_as_attribute_owns_the_fiscal_year_and_present_schedules_lie_ahead(text, pub, expected):
    assert spans(text, pub) == expected


def test_a_state_after_a_preposition_is_no_attribute():
    text = "Australia will provide A$462 million to Indonesia this financial year through its aid agency."
    assert spans(text, date(2008, 3, 5)) == [("2007-07-01", "2008-06-30")]
