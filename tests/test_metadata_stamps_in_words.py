"""Broadcast transcripts and radio scripts of the 1990s that write the day of their stamp in words (`tuesday, june
first, 1999 -- 1400 utc`), in capitals, in lower case or mixed, on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "radio nederland -- world report\nmonday, march third, 1997 -- 1800 utc\n\n"
            "this is the world report. dutch troops will leave bosnia next month.\n",
            date(1997, 3, 3),
        ),
        (
            "VOICE OF AMERICA -- NEWS IN SPECIAL ENGLISH\nThursday, October twenty-third, 1997 -- 1200 UTC\n\n"
            "This is the VOA News. Chile's president arrived in Lima yesterday.\n",
            date(1997, 10, 23),
        ),
        (
            "Voice of America\nFriday, January twenty-ninth, 1999\n\nThis is the VOA News. Brazil's real fell again.\n",
            date(1999, 1, 29),
        ),
        (
            "KENYA BROADCASTING CORPORATION -- ENGLISH SERVICE\nSunday, May twelfth, 1996 -- 0600 GMT\n\n"
            "Here is the news. The president opened the new Mombasa berth on Saturday.\n",
            date(1996, 5, 12),
        ),
        (
            "all india radio -- news in english\nwednesday, august thirty-first, 1994\n\n"
            "the prime minister leaves for tokyo tomorrow.\n",
            date(1994, 8, 31),
        ),
    ],
)
def test_stamp_with_the_day_in_words(text, expected):
    assert extract_metadata(text).publication_date == expected


def test_relative_dates_follow_a_stamp_in_words():
    text = (
        "voice of america -- news in special english\nthursday, october twenty-third, 1997 -- 1400 utc\n\n"
        "this is the voa news. the foreign ministers of mercosur meet in montevideo next week. "
        "argentina's president spoke saturday, and the vote is expected in december.\n"
    )
    meta = extract_metadata(text)
    found = [(d.text, d.date_start, d.date_end) for d in extract_dates(text, meta.publication_date, meta.skip_spans)]
    assert found == [
        ("next week", date(1997, 10, 27), date(1997, 11, 2)),
        ("saturday", date(1997, 10, 18), date(1997, 10, 18)),
        ("in december", date(1997, 12, 1), date(1997, 12, 31)),
    ]
