"""Two days of two months joined by a dash are one span of days (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def spans(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The vaccination drive ran 1 February – 30 April 2011 in six districts of Sylhet.",
            date(2011, 5, 25),
            [("1 February – 30 April 2011", "2011-02-01", "2011-04-30")],
        ),
        (
            "The trade fair in Accra runs 12 March-2 April 2024, the organisers said.",
            date(2023, 11, 2),
            [("12 March-2 April 2024", "2024-03-12", "2024-04-02")],
        ),
        (
            "Talks in Doha are set for March 12 - April 2, 2024, a spokesman said.",
            date(2023, 11, 2),
            [("March 12 - April 2, 2024", "2024-03-12", "2024-04-02")],
        ),
        # a span over the new year starts in the year before the one written
        (
            "Joint patrols were held 30 December - 2 January 2012 off the coast of Mombasa.",
            date(2012, 2, 1),
            [("30 December - 2 January 2012", "2011-12-30", "2012-01-02")],
        ),
    ],
)
def test_two_days_of_two_months_joined_by_a_dash_are_one_span(text, pub, expected):
    assert spans(text, pub) == expected


def test_two_days_without_a_year_and_without_from_stay_two_days():
    # no year and no opening preposition: a list of two days as much as a span
    found = spans("Figures for 12 March - 5 April were released by the bureau in Nairobi.", date(2019, 6, 1))
    assert [text for text, _, _ in found] == ["12 March", "5 April"]
