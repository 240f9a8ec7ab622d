"""A schedule said in the present (`moves on to Seoul on Friday`, `a strike looms on Monday`, `the visit concludes on
Saturday`, `a second round is pencilled in for March`, `the leaders agree to meet in the autumn`) lies ahead; a past
verb keeps its day behind; a word in capitals inside a sentence in lower case is an acronym, no verb (`the
high-level meeting (RAN)`), while a line all in capitals keeps its verbs (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(2019, 11, 7)


def values(text: str, pub: date = THURSDAY) -> list[str]:
    return [d.date_start.isoformat() for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The trade mission moves on to Hanoi on Friday for talks with the port authority.", THURSDAY, ["2019-11-08"]),
        ("A dock strike looms on Monday after the union rejected the offer.", THURSDAY, ["2019-11-11"]),
        ("The state visit concludes on Saturday with a stop at the new refinery.", THURSDAY, ["2019-11-09"]),
        ("The congress wraps up on Sunday with a vote on the charter.", THURSDAY, ["2019-11-10"]),
        (
            "A first round opens on Monday and a second is pencilled in for March.",
            date(2022, 1, 13),
            ["2022-01-17", "2022-03-01"],
        ),
        (
            "The two presidents agree to meet again in the autumn, the communique says.",
            date(2009, 4, 21),
            ["2009-09-01"],
        ),
        (
            "The ministers agreed to hold the next joint commission (JMC) in Lima in June.",
            date(2015, 3, 5),
            ["2015-06-01"],
        ),
        ("The envoys agreed that the working group (WON) would meet in Oslo in May.", date(2015, 3, 5), ["2015-05-01"]),
    ],
)
def test_a_schedule_in_the_present_or_after_an_acronym_lies_ahead(text, pub, expected):
    assert values(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state visit concluded on Saturday with a stop at the new refinery.", ["2019-11-02"]),
        ("The dock strike loomed on Monday but was called off.", ["2019-11-04"]),
        ("THE TALKS ENDED ON SATURDAY IN GENEVA.", ["2019-11-02"]),
    ],
)
def test_a_past_verb_keeps_its_day_behind(text, expected):
    assert values(text) == expected
