"""Which way a date without a year lies, read from words the sentence holds (texts written for the class):
an intent verb before a name is no plan (`pledged to President X in January`), a participle right before the
date is a past act (`the shipments delivered in March`), `following` leads a past event, and a verb of the
present tense that states a schedule (`votes`, `faces`, `continues`) points ahead."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        (
            "The credit is part of the aid that Chancellor Kohl promised to President Yeltsin in February.",
            date(1993, 6, 8),
            [("in February", date(1993, 2, 1))],
        ),
        (
            "Ankara will send 5,000 tonnes of wheat next month, on top of the 3,000 tonnes shipped in April.",
            date(2019, 7, 2),
            [("next month", date(2019, 8, 1)), ("in April", date(2019, 4, 1))],
        ),
        (
            "Following the collapse of the ceasefire in September, donors will meet again to review the fund.",
            date(2016, 11, 3),
            [("in September", date(2016, 9, 1))],
        ),
    ],
)
def test_a_past_act_said_before_a_month(text, pub, expected):
    assert values(text, pub) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # a Thursday: the Sunday ahead
        ("The turmoil comes days before Denmark votes on Sunday on the treaty.", date(1993, 5, 13), date(1993, 5, 16)),
        ("The coalition faces a confidence vote in November.", date(2011, 9, 6), date(2011, 11, 1)),
        (
            "The minister said on Monday that the tour, which continues to Lima on Friday, would focus on trade.",
            date(2014, 3, 12),
            date(2014, 3, 14),
        ),
    ],
)
def test_a_schedule_in_the_present_tense_lies_ahead(text, pub, expected):
    assert values(text, pub)[-1][1] == expected


def test_a_passive_after_be_is_still_ahead():
    text = "The first locomotives will be delivered in March, the ministry said."
    assert values(text, date(2021, 6, 24)) == [("in March", date(2022, 3, 1))]


def test_an_irregular_participle_right_before_the_date_is_a_past_act():
    text = "The ministers agreed to open a joint trade office, an idea first put forward in February."
    assert values(text, date(2018, 5, 3)) == [("in February", date(2018, 2, 1))]
