"""A wire's stamp on the head line (`Agency 14-MAR-97 08:05 GMT`: the agency, the day with a two-digit year after
the month's hyphen, the clock) dates the article; a paper's stamp led by its weekday (`Tuesday March 9 1993`) is
the page's, weekday and all (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Reuters 14-MAR-97 08:05 GMT\n\nOil prices ease\n\nLONDON (Reuters) - Brent eased on Friday.\n",
            date(1997, 3, 14),
        ),
        ("AP 02-NOV-1989 17:30\n\nThe Senate voted on Thursday to extend the aid bill.\n", date(1989, 11, 2)),
    ],
)
def test_a_wire_stamp_dates_the_article(text, published):
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")


def test_the_wire_stamp_anchors_the_weekdays_and_is_no_mention():
    text = "Reuters 14-MAR-97 08:05 GMT\n\nOil prices ease\n\nLONDON (Reuters) - Brent eased on Friday.\n"
    meta = extract_metadata(text)
    found = extract_dates(text, meta.publication_date, meta.skip_spans)
    assert [(d.text, d.date_start) for d in found] == [("on Friday", date(1997, 3, 14))]


def test_the_weekday_of_a_paper_s_stamp_is_no_mention():
    text = (
        "THE MORNING LEDGER\nTuesday March 9 1993\n\nBank lends to Hungarian rail\n\n"
        "The bank approved the loan yesterday, its largest since it opened in May 1991.\n"
    )
    meta = extract_metadata(text)
    assert meta.publication_date == date(1993, 3, 9)
    found = extract_dates(text, meta.publication_date, meta.skip_spans)
    assert [d.text for d in found] == ["yesterday", "May 1991"]


def test_a_hyphenated_day_in_the_body_is_no_stamp():
    text = "The ministers met again.\nThe deal, signed 14-MAR-97 in Vienna, runs for five years and more.\n"
    assert extract_metadata(text).publication_date is None
