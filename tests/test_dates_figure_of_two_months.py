"""Two months joined by `and` with a figure said of them (a number right before or after in their clause) are one
span the figure counts; listed months without one stay two mentions. Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a change figure right before the months
        (
            "Chilean copper output dropped 7.5% in March and April as the strike dragged on.",
            date(1998, 5, 20),
            "en",
            [("in March and April", "1998-03-01", "1998-04-30")],
        ),
        (
            "Wool auctions in Geelong fetched A$310 million in October and November, the board said.",
            date(1991, 12, 9),
            "en",
            [("in October and November", "1991-10-01", "1991-11-30")],
        ),
        # across the turn of the year
        (
            "Sales of new cars rose 11% in December and January, dealers in Ontario reported.",
            date(1994, 2, 14),
            "en",
            [("in December and January", "1993-12-01", "1994-01-31")],
        ),
        # the figure right after the months
        (
            "Remittances in July and August ran 4% above plan.",
            date(2013, 9, 25),
            "en",
            [("in July and August", "2013-07-01", "2013-08-31")],
        ),
        (
            "Las ventas de cemento cayeron un 6% en enero y febrero.",
            date(2002, 3, 15),
            "es",
            [("en enero y febrero", "2002-01-01", "2002-02-28")],
        ),
        (
            "Les nuitées hôtelières ont reculé de 3 % en juin et juillet.",
            date(2020, 8, 20),
            "fr",
            [("en juin et juillet", "2020-06-01", "2020-07-31")],
        ),
        # no figure of them: two months listed
        (
            "Heavy snow in January and February closed the mountain passes.",
            date(2005, 3, 10),
            "en",
            [("in January", "2005-01-01", "2005-01-31"), ("February", "2005-02-01", "2005-02-28")],
        ),
        (
            "The ministry held hearings in May and June, and published 12 proposals in the autumn.",
            date(2011, 12, 1),
            "en",
            [
                ("in May", "2011-05-01", "2011-05-31"),
                ("June", "2011-06-01", "2011-06-30"),
                ("in the autumn", "2011-09-01", "2011-11-30"),
            ],
        ),
        # three months listed are three mentions
        (
            "Exports fell 2% in April, May and June.",
            date(2016, 7, 30),
            "en",
            [
                ("in April", "2016-04-01", "2016-04-30"),
                ("May", "2016-05-01", "2016-05-31"),
                ("June", "2016-06-01", "2016-06-30"),
            ],
        ),
    ],
)
def test_two_months_a_figure_counts(text, pub, language, expected):
    assert found(text, pub, language) == expected


def test_two_months_apart_stay_two():
    assert found("Sales in January and March rose 4% on weak demand.", date(1996, 3, 18)) == [
        ("in January", "1996-01-01", "1996-01-31"),
        ("March", "1996-03-01", "1996-03-31"),
    ]
