"""A day of the month said by its ordinal alone after `on the`, `by the`, `until the` ("opens on the 13th") is that day
of the month of the day or month said before, else the nearest such day to publication in the sentence's tense; an
ordinal before its noun ("the 13th floor", "the 20th century") is no date (sentences written for these tests, in
the style of diplomatic wires and broadcast scripts)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def mentions(text: str, pub: date) -> list[tuple[str, str]]:
    return [(d.text, d.date_start.isoformat()) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Voters go to the polls on May 9. On the 10th the count begins, and on the 12th, results are due.",
            date(2004, 5, 2),
            [("on May 9", "2004-05-09"), ("On the 10th", "2004-05-10"), ("on the 12th", "2004-05-12")],
        ),
        (
            "The minister leaves for Nairobi on Sunday, where the summit opens on the 21st.",
            date(2011, 6, 16),
            [("on Sunday", "2011-06-19"), ("on the 21st", "2011-06-21")],
        ),
        (
            "The delegation, which arrived on the 3rd, met the premier yesterday.",
            date(1997, 2, 6),
            [("on the 3rd", "1997-02-03"), ("yesterday", "1997-02-05")],
        ),
        (
            "The bids must be filed by the 5th, the ministry said in a notice on Tuesday.",
            date(2018, 3, 29),
            [("by the 5th", "2018-04-05"), ("on Tuesday", "2018-03-27")],
        ),
        (
            "The strike that began on the 28th was called off, the union said.",
            date(2009, 10, 4),
            [("on the 28th", "2009-09-28")],
        ),
    ],
)
def test_an_ordinal_alone_is_a_day_of_the_month_said_or_of_publication(text, pub, expected):
    assert mentions(text, pub) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The office moved to offices on the 13th floor of the tower.",
        "The treaty dates from the 19th century, historians said.",
        "She finished on the 18th hole with a birdie.",
        "The party's congress, the 20th since the war, elected him.",
    ],
)
def test_an_ordinal_before_its_noun_is_no_date(text):
    assert mentions(text, date(2012, 5, 8)) == []
