"""A participle that reports no past act leaves the tense to the rest of the sentence: a passive in the present
(`once it is signed in June`), an adjective after an article (`the closed season runs until March 1`), a participle
before `for` and a date that names the date aimed at (`notes targeted for December`). Sentences written for these
tests; a reduced relative of a past act (`the doses delivered in March`) and a past passive stay the past."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a passive in the present: the clause's own tense, here ahead
        (
            "Ghana said it would ratify the protocol as soon as it is signed in October.",
            date(2007, 5, 14),
            [("in October", "2007-10-01", "2007-10-31")],
        ),
        (
            "The regional assembly will adjourn once the budget bills are approved in July.",
            date(1999, 4, 2),
            [("in July", "1999-07-01", "1999-07-31")],
        ),
        # an adjective after an article is no verb: the present verb of the sentence looks ahead
        (
            "The reserved lane stays open to buses only, until September 15.",
            date(2012, 11, 8),
            [("September 15", "2013-09-15", "2013-09-15")],
        ),
        (
            "A restricted fishing zone applies off Chiloé until 30 April.",
            date(2020, 12, 1),
            [("30 April", "2021-04-30", "2021-04-30")],
        ),
        # a participle before `for` and a date: the date aimed at
        (
            "The loan talks continue, with the final signing pencilled in and targeted for November.",
            date(2016, 8, 22),
            [("for November", "2016-11-01", "2016-11-30")],
        ),
        (
            "Freight rates hold firm on the route, with the first cargo booked for October.",
            date(2004, 7, 5),
            [("for October", "2004-10-01", "2004-10-31")],
        ),
        # past acts stay the past
        (
            "The vaccine doses delivered in October ran out within weeks.",
            date(2021, 7, 1),
            [("in October", "2020-10-01", "2020-10-31")],
        ),
        (
            "The treaty was signed in October by both leaders.",
            date(2007, 5, 14),
            [("in October", "2006-10-01", "2006-10-31")],
        ),
        (
            "The closed border crossing reopened in October.",
            date(2007, 5, 14),
            [("in October", "2006-10-01", "2006-10-31")],
        ),
    ],
)
def test_a_participle_that_is_no_past_act(text, pub, expected):
    assert found(text, pub) == expected
