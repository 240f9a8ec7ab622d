"""A second batch of sentences for the wire-copy date classes, written after their fixes."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


def value_of(text, pub, mention):
    (found,) = [(d.date_start, d.date_end) for d in extract_dates(text, pub) if d.text == mention]
    return found


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Budget Gap Widens\nALBANY, N.Y., Oct. 4, 1990 -- State officials said tax receipts fell short again in "
            "September and warned of deeper cuts.\n",
            date(1990, 10, 4),
        ),
        (
            "APW930830-0022\nFlood Crest Passes\nCHICAGO, Aug. 30, 1993 (AP) _ The river crested overnight below the "
            "levee tops, and crews began pumping water out of basements.\n",
            date(1993, 8, 30),
        ),
    ],
)
def test_wire_datelines(text, published):
    assert extract_metadata(text).publication_date == published


@pytest.mark.parametrize(
    "text, pub, mention, expected",
    [
        (
            "Pellham Inc., whose fiscal year ends Oct. 31, said revenue in the first quarter of fiscal 1992 rose "
            "in New York.",
            date(1992, 2, 20),
            "the first quarter of fiscal 1992",
            (date(1991, 11, 1), date(1992, 1, 31)),
        ),
        (
            "The council in Washington fears a gap in fiscal 1996. The city's fiscal year begins April 1.",
            date(1995, 1, 10),
            "fiscal 1996",
            (date(1995, 4, 1), date(1996, 3, 31)),
        ),
        (
            "OSAKA -- A Japanese bank said losses for fiscal 1997, which ended March 31, widened.",
            date(1998, 5, 25),
            "fiscal 1997",
            (date(1997, 4, 1), date(1998, 3, 31)),
        ),
        (
            "Profit for its first fiscal half, which ended Nov. 30, fell 3%.",
            date(1996, 1, 15),
            "Nov. 30",
            (date(1995, 11, 30), date(1995, 11, 30)),
        ),
    ],
)
def test_fiscal_years_and_their_edges(text, pub, mention, expected):
    assert value_of(text, pub, mention) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        ("The committee set a hearing for March 14.", date(1991, 1, 3), date(1991, 3, 14)),
        ("The launch is planned for Sunday, after a test on Jan. 9 was aborted.", date(1997, 1, 28), date(1997, 1, 9)),
        ("A ruling was unlikely before the deadline on Friday, Oct. 3.", date(1997, 9, 26), date(1997, 10, 3)),
    ],
)
def test_the_year_of_a_day_without_one(text, pub, expected):
    assert expected in [d.date_start for d in extract_dates(text, pub) if d.granularity == "day"]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        ("Lawmakers left town for the Christmas recess.", date(1993, 12, 20), []),
        ("Sales of roses surged ahead of Valentine's Day.", date(1994, 2, 16), []),
        (
            "The union met with managers on Thursday and Friday.",
            date(1994, 3, 14),
            [("on Thursday and Friday", date(1994, 3, 10), date(1994, 3, 11))],
        ),
        (
            "Prices may stay high until the winter.",
            date(1990, 10, 10),
            [("until the winter", date(1990, 12, 1), date(1991, 2, 28))],
        ),
        (
            "Builders slowed down heading into the winter.",
            date(1993, 11, 5),
            [("into the winter", date(1993, 12, 1), date(1994, 2, 28))],
        ),
        (
            "The minister is on leave for the summer.",
            date(1999, 7, 20),
            [("for the summer", date(1999, 6, 1), date(1999, 8, 31))],
        ),
        ("Athens will host the Summer Olympics.", date(1997, 9, 6), []),
    ],
)
def test_named_days_weekday_pairs_and_seasons(text, pub, expected):
    assert values(text, pub) == expected
