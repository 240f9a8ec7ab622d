"""`a year earlier` after a period's figures and the day they came out, said in the period's own sentence, compares
with that period a year before, not with the year of the release day; said after a day of a sentence of its own it
still counts from that day. Sentences written for these tests, through the article extractor, published Thursday
10 July 2025."""

import pytest

from pipelines.extract.article import extract_article

_TAIL = "\n\nOfficials of both governments attended the meeting, which focused on trade, energy and security.\n"


def year_earlier(body):
    """Start, end and granularity of the body's `a year earlier`."""
    found = [d for d in extract_article(f" date 2025-07-10 {body}{_TAIL}").dates if d.text.endswith("year earlier")]
    assert len(found) == 1
    return str(found[0].date_start), str(found[0].date_end), found[0].granularity


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Kenya's tea exports rose for a third month in March, figures from the tea board showed on Tuesday. "
            "Shipments grew 7 percent from a year earlier to 48 million kilos.",
            ("2024-03-01", "2024-03-31", "month"),
        ),
        (
            "Vietnam's rice shipments slipped in June, customs data released today showed. Volumes were 4 percent "
            "below a year earlier.",
            ("2024-06-01", "2024-06-30", "month"),
        ),
        (
            "Peru's fishmeal output jumped in the second quarter, the ministry said yesterday, up 20 percent on a "
            "year earlier.",
            ("2024-04-01", "2024-06-30", "quarter"),
        ),
        (
            "In May, Ghana's cocoa arrivals fell, the regulator reported on Monday. They stood at 30,000 tonnes, "
            "against 41,000 tonnes a year earlier.",
            ("2024-05-01", "2024-05-31", "month"),
        ),
        # a day said in a sentence of its own: the year of that day, as before
        (
            "Chile's copper output fell in May. On Tuesday, the miners' union said output was down from a year "
            "earlier.",
            ("2024-01-01", "2024-12-31", "year"),
        ),
        (
            "Uruguay's beef exports rose in April. Prices, the board said on Monday, were above a year earlier.",
            ("2024-01-01", "2024-12-31", "year"),
        ),
    ],
)
def test_a_year_earlier_compares_with_the_period_whose_release_day_its_sentence_gave(body, expected):
    assert year_earlier(body) == expected
