"""The tense of a wire sentence and the periods of a company report (1990s newswire style), on sentences
written for these tests: which year or week a date without one falls in."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


def day(y, m, d):
    return date(y, m, d), date(y, m, d)


def month(y, m):
    last = (date(y + m // 12, m % 12 + 1, 1) - date.resolution) if m < 12 else date(y, 12, 31)
    return date(y, m, 1), last


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # `due` and `payable` look ahead
        (
            "The trade figures, due Tuesday, should show a wider gap.",
            date(1994, 5, 11),
            [("Tuesday", *day(1994, 5, 17))],
        ),
        (
            "The board had declared a dividend payable June 3 to holders of record May 20.",
            date(1994, 5, 11),
            [("June 3", *day(1994, 6, 3)), ("May 20", *day(1994, 5, 20))],
        ),
        # a past verb the word lists do not hold, after its subject, is still the past
        (
            "Mr. Kohl telephoned the president on Tuesday and will visit Washington in June.",
            date(1990, 5, 10),
            [("on Tuesday", *day(1990, 5, 8)), ("in June", *month(1990, 6))],
        ),
        (
            "The governor, who vetoed the bill on March 3, will run again in November.",
            date(1994, 3, 10),
            [("on March 3", *day(1994, 3, 3)), ("in November", *month(1994, 11))],
        ),
        (
            "Thousands of villagers fled the valley during the winter, and relief workers will return soon.",
            date(1995, 4, 2),
            [("during the winter", date(1994, 12, 1), date(1995, 2, 28))],
        ),
        # a plan that had been made is past
        ("The vote had been scheduled for April but was put off.", date(1992, 6, 15), [("for April", *month(1992, 4))]),
        # `plan to` before a name is a noun and a preposition, not an intention
        (
            "His budget plan to Congress on Feb. 2 called for deep cuts.",
            date(1993, 2, 20),
            [("on Feb. 2", *day(1993, 2, 2))],
        ),
        # `by` before a month or a season sets a deadline ahead, whatever verb came before
        (
            "Officials said the refugees could return home by July.",
            date(1999, 5, 20),
            [("by July", *month(1999, 7))],
        ),
        (
            "Most of the troops may be home by the summer, an aide said.",
            date(1991, 3, 1),
            [("by the summer", date(1991, 6, 1), date(1991, 8, 31))],
        ),
    ],
)
def test_the_tense_of_a_wire_sentence(text, pub, expected):
    assert found(text, pub) == expected


def test_a_day_after_the_story_s_schedule_is_not_a_year_away():
    text = "Negotiators would meet again this weekend. The minister toured the border on Dec. 19."
    assert found(text, date(1996, 12, 27))[1] == ("on Dec. 19", *day(1996, 12, 19))


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # no word sets the tense: the month nearest publication
        ("Gold for April delivery was quoted at $390.", date(1991, 3, 20), ("for April", *month(1991, 4))),
        # a delivery month is ahead even after a past verb
        ("Crude oil for March delivery rose 40 cents.", date(1991, 2, 20), ("for March", *month(1991, 3))),
        ("The March contract fell 2 cents.", date(1991, 2, 20), ("The March", *month(1991, 3))),
        ("Oil rose 40 cents to $20.10 a barrel for March delivery.", date(1991, 2, 20), ("for March", *month(1991, 3))),
        ("Traders sold the January futures.", date(1990, 12, 4), ("the January", *month(1991, 1))),
    ],
)
def test_a_month_without_tense_or_of_a_contract(text, pub, expected):
    assert found(text, pub) == [expected]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # the verb that governs a long clause sets its tense when no cue stands near the date
        (
            "The agency said it would open two regional offices and then hold a large donor conference for the"
            " reconstruction of the northern provinces in March.",
            date(1996, 11, 4),
            ("in March", *month(1997, 3)),
        ),
        # a date that a span runs from lies behind, whatever plan the sentence states
        (
            "The board has promised to cut fees from next spring, after losses that have mounted since early October.",
            date(1995, 8, 20),
            ("early October", *month(1994, 10)),
        ),
    ],
)
def test_the_governing_verb_and_since(text, pub, expected):
    assert found(text, pub)[-1] == expected
